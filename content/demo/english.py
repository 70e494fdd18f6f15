"""English titles and introductions of the demo pages, applied as wagtail-localize translations."""

# Keyed by the page's path below the home, as built by build.py ("" is the home itself).
ENGLISH = {
    # The region ------------------------------------------------------------
    "": {
        "title": "Home care in Piedmont",
        "intro": (
            "The regional programme helps families who hire a care worker, and care workers "
            "who are looking for legal work, training and recognition of their skills. "
            "Eight local networks, one for each province, welcome you at their helpdesks."
        ),
    },
    "sportelli/": {
        "title": "Find a helpdesk",
        "intro": (
            "All the helpdesks of the local networks: address, opening hours, services and "
            "languages spoken. You can filter by network, service and language."
        ),
    },
    "guida/": {
        "title": "Guide to domestic work",
        "intro": (
            "The domestic work contract (CCNL, the national collective agreement) explained "
            "simply: hiring, working hours, pay, contributions, holidays, the end of the job "
            "and the residence permit."
        ),
    },
    "guida/assumere-con-contratto-regolare/": {
        "title": "Hiring with a proper contract",
        "intro": (
            "How to hire a care worker legally: who can do it, which steps to follow and what "
            "to write in the letter of employment."
        ),
    },
    "guida/livelli-e-orario-di-lavoro/": {
        "title": "Job levels and working hours",
        "intro": (
            "Which level to choose, how many hours can be worked and what rest is due, "
            "in plain words."
        ),
    },
    "guida/retribuzione-e-contributi/": {
        "title": "Pay and contributions",
        "intro": (
            "Minimum pay, payslips, the thirteenth month's pay and INPS contributions "
            "(INPS is the national social security institute): what the family must do, "
            "and when."
        ),
    },
    "guida/ferie-malattia-e-tfr/": {
        "title": "Holidays, sick leave and TFR",
        "intro": (
            "The worker's rights to holidays, public holidays, sick leave, maternity leave "
            "and TFR (the severance pay due when the job ends)."
        ),
    },
    "guida/cessazione-del-rapporto-di-lavoro/": {
        "title": "Ending the employment",
        "intro": (
            "Resignation, dismissal, notice and final pay: what to do when the employment ends."
        ),
    },
    "guida/permesso-di-soggiorno-lavoro-domestico/": {
        "title": "Residence permit for domestic work",
        "intro": (
            "General information on the residence permit, its renewal and the decreto flussi "
            "(the yearly quota of work entry permits) for people who work in home care."
        ),
    },
    "guida/riconoscimento-delle-competenze/": {
        "title": "The skills recognition process",
        "intro": (
            "If you already work as a care worker, you can have the skills you learned "
            "through experience officially recognised."
        ),
    },
    "guida/contributi-per-le-famiglie/": {
        "title": "Grants for families",
        "intro": "Two regional grants for families who hire a care worker with a proper contract.",
    },
    "corsi/": {
        "title": "Course calendar",
        "intro": (
            "Free courses for care workers all over Piedmont: qualification courses, "
            "additional modules and orientation meetings."
        ),
    },
    "chi-siamo/": {
        "title": "About us",
        "intro": (
            "A programme of the Piedmont Region (Regione Piemonte) for home care work that is "
            "legal, safe and of good quality."
        ),
    },
    "privacy/": {
        "title": "Privacy notice",
        "intro": (
            "How we process your personal data when you use the portal and send an "
            "application online."
        ),
    },
    "accessibilita/": {
        "title": "Accessibility statement",
        "intro": (
            "We want the portal to be easy to use for everyone, including people with disabilities."
        ),
    },
    # Turin -----------------------------------------------------------------
    "torino/": {
        "title": "Turin local network",
        "intro": (
            "The network of the Metropolitan City of Turin helps families and care workers "
            "in the city, in the surrounding towns and in the valleys."
        ),
    },
    "torino/sportelli/": {
        "title": "Helpdesks in the province of Turin",
        "intro": "Where to find help, when the helpdesks are open and which languages are spoken.",
    },
    "torino/sportelli/sportello-assistenza-familiare-torino-aurora/": {
        "title": "Turin Aurora home care helpdesk",
        "intro": "The main helpdesk of the Turin network, in the Aurora district.",
    },
    "torino/sportelli/sportello-assistenza-familiare-moncalieri/": {
        "title": "Moncalieri home care helpdesk",
        "intro": (
            "Information, and matching families with care workers, for Moncalieri and Nichelino."
        ),
    },
    "torino/sportelli/sportello-assistenza-familiare-ivrea/": {
        "title": "Ivrea home care helpdesk",
        "intro": (
            "The helpdesk for the Canavese area, at the Centro per l'impiego "
            "(the public job centre)."
        ),
    },
    "torino/sportelli/sportello-assistenza-familiare-pinerolo/": {
        "title": "Pinerolo home care helpdesk",
        "intro": "Contracts and grants for families in the Pinerolo area and its valleys.",
    },
    "torino/guida/": {
        "title": "Useful local information",
        "intro": "How the network works in your province.",
    },
    "torino/guida/come-prendere-appuntamento-allo-sportello-a-torino/": {
        "title": "How to book an appointment at the Turin helpdesk",
        "intro": (
            "You can come to the Turin helpdesk without an appointment, but if you book "
            "you wait less."
        ),
    },
    "torino/guida/documenti-da-portare-al-primo-colloquio-a-torino/": {
        "title": "Documents to bring to your first meeting in Turin",
        "intro": "With the right documents, your first meeting is shorter and more useful.",
    },
    "torino/corsi/": {
        "title": "Courses in the province of Turin",
        "intro": "Free courses for care workers: qualification, modules and orientation.",
    },
    "torino/corsi/assistente-familiare-corso-di-qualifica/": {
        "title": "Care worker: qualification course",
        "intro": "The 200-hour course to become a qualified care worker.",
    },
    "torino/corsi/primo-soccorso-domestico/": {
        "title": "First aid at home",
        "intro": (
            "What to do if someone falls, suddenly feels ill or has a small accident at home."
        ),
    },
    "torino/corsi/italiano-per-il-lavoro-di-cura/": {
        "title": "Italian for care work",
        "intro": "An evening Italian course with the words you need for work in a home.",
    },
    "torino/corsi/incontro-di-orientamento-lavorare-come-assistente-familiare/": {
        "title": "Orientation meeting: working as a care worker",
        "intro": "Two hours to understand care work, the contract and the courses available.",
    },
    "torino/valutazione-competenze/": {
        "title": "Skills assessment application",
        "intro": (
            "Do you have experience caring for older people or people with disabilities? "
            "Ask to have your skills recognised: it is free."
        ),
    },
    "torino/iscrizione-corsi/": {
        "title": "Course enrolment",
        "intro": "Enrol on a free course for care workers in your province.",
    },
    "torino/contributi-famiglie/": {
        "title": "Family grant application",
        "intro": (
            "Financial help for families who hire a care worker with a proper contract, "
            "or who need someone to replace her while she attends a course."
        ),
    },
    # Alessandria -----------------------------------------------------------
    "alessandria/": {
        "title": "Alessandria local network",
        "intro": (
            "The Alessandria network links helpdesks and services from the Casale area "
            "to the Novi Ligure area and on to the Tortona area."
        ),
    },
    "alessandria/sportelli/": {
        "title": "Helpdesks in the province of Alessandria",
        "intro": "Where to find help, when the helpdesks are open and which languages are spoken.",
    },
    "alessandria/sportelli/sportello-assistenza-familiare-alessandria/": {
        "title": "Alessandria home care helpdesk",
        "intro": "The central helpdesk of the Alessandria network, in the town centre.",
    },
    "alessandria/sportelli/sportello-assistenza-familiare-casale-monferrato/": {
        "title": "Casale Monferrato home care helpdesk",
        "intro": "Help for families and care workers in the Casale area and the Monferrato hills.",
    },
    "alessandria/sportelli/sportello-assistenza-familiare-novi-ligure/": {
        "title": "Novi Ligure home care helpdesk",
        "intro": "The helpdesk for the Novi Ligure and Ovada areas and the Val Borbera.",
    },
    "alessandria/sportelli/sportello-assistenza-familiare-tortona/": {
        "title": "Tortona home care helpdesk",
        "intro": "Information and guidance for the Tortona area and the Val Curone.",
    },
    "alessandria/guida/": {
        "title": "Useful local information",
        "intro": "How the network works in your province.",
    },
    "alessandria/guida/sportelli-della-provincia-di-alessandria-come-arrivare-e-cosa-portare/": {
        "title": "Helpdesks in the province of Alessandria: how to get there and what to bring",
        "intro": "Four helpdesks in four towns: choose the one that is easiest for you.",
    },
    "alessandria/corsi/": {
        "title": "Courses in the province of Alessandria",
        "intro": "Free courses for care workers: qualification, modules and orientation.",
    },
    "alessandria/corsi/assistente-familiare-corso-di-qualifica/": {
        "title": "Care worker: qualification course",
        "intro": "The full training path to qualify as a care worker.",
    },
    "alessandria/corsi/alimentazione-della-persona-anziana/": {
        "title": "Nutrition for older people",
        "intro": "How to prepare healthy and safe meals for an older person.",
    },
    "alessandria/corsi/incontro-di-orientamento-al-lavoro-di-cura/": {
        "title": "Orientation meeting on care work",
        "intro": "Learn about the work of a care worker and the services of the network.",
    },
    "alessandria/valutazione-competenze/": {
        "title": "Skills assessment application",
        "intro": (
            "Do you have experience caring for older people or people with disabilities? "
            "Ask to have your skills recognised: it is free."
        ),
    },
    "alessandria/iscrizione-corsi/": {
        "title": "Course enrolment",
        "intro": "Enrol on a free course for care workers in your province.",
    },
    "alessandria/contributi-famiglie/": {
        "title": "Family grant application",
        "intro": (
            "Financial help for families who hire a care worker with a proper contract, "
            "or who need someone to replace her while she attends a course."
        ),
    },
    # Asti ------------------------------------------------------------------
    "asti/": {
        "title": "Asti local network",
        "intro": (
            "The Asti network supports families and care workers in the city, in the "
            "Langa Astigiana and in the Monferrato hills."
        ),
    },
    "asti/sportelli/": {
        "title": "Helpdesks in the province of Asti",
        "intro": "Where to find help, when the helpdesks are open and which languages are spoken.",
    },
    "asti/sportelli/sportello-assistenza-familiare-asti/": {
        "title": "Asti home care helpdesk",
        "intro": "The main helpdesk of the Asti network, in the town centre.",
    },
    "asti/sportelli/sportello-assistenza-familiare-nizza-monferrato/": {
        "title": "Nizza Monferrato home care helpdesk",
        "intro": (
            "The helpdesk for the south of the Asti area, at the offices of the local "
            "social services consortium."
        ),
    },
    "asti/sportelli/sportello-assistenza-familiare-canelli/": {
        "title": "Canelli home care helpdesk",
        "intro": "For families in the Belbo valley and the Langa Astigiana.",
    },
    "asti/sportelli/sportello-assistenza-familiare-villanova-dasti/": {
        "title": "Villanova d'Asti home care helpdesk",
        "intro": ("The helpdesk for the north-west of the Asti area, in a room of the town hall."),
    },
    "asti/guida/": {
        "title": "Useful local information",
        "intro": "How the network works in your province.",
    },
    "asti/guida/contributi-comunali-e-del-consorzio-a-chi-rivolgersi-nellastigiano/": {
        "title": (
            "Grants from the municipalities and the social services consortium: "
            "who to contact in the Asti area"
        ),
        "intro": (
            "Besides the regional grants, some families can get help from the local "
            "social services."
        ),
    },
    "asti/corsi/": {
        "title": "Courses in the province of Asti",
        "intro": "Free courses for care workers: qualification, modules and orientation.",
    },
    "asti/corsi/assistente-familiare-corso-di-qualifica/": {
        "title": "Care worker: qualification course",
        "intro": "The new edition of the qualification course in Asti: enrolment is opening.",
    },
    "asti/corsi/demenze-e-comunicazione/": {
        "title": "Dementia and communication",
        "intro": "How to communicate with a person with dementia or Alzheimer's disease.",
    },
    "asti/corsi/incontro-di-orientamento-famiglie-e-assistenti-familiari/": {
        "title": "Orientation meeting: families and care workers",
        "intro": (
            "A meeting open to families and care workers, to learn about the rules and "
            "the services."
        ),
    },
    "asti/valutazione-competenze/": {
        "title": "Skills assessment application",
        "intro": (
            "Do you have experience caring for older people or people with disabilities? "
            "Ask to have your skills recognised: it is free."
        ),
    },
    "asti/iscrizione-corsi/": {
        "title": "Course enrolment",
        "intro": "Enrol on a free course for care workers in your province.",
    },
    "asti/contributi-famiglie/": {
        "title": "Family grant application",
        "intro": (
            "Financial help for families who hire a care worker with a proper contract, "
            "or who need someone to replace her while she attends a course."
        ),
    },
    # Biella ----------------------------------------------------------------
    "biella/": {
        "title": "Biella local network",
        "intro": (
            "The Biella network supports families and care workers, from the city to the "
            "valleys of the Biella area."
        ),
    },
    "biella/sportelli/": {
        "title": "Helpdesks in the province of Biella",
        "intro": "Where to find help, when the helpdesks are open and which languages are spoken.",
    },
    "biella/sportelli/sportello-assistenza-familiare-biella/": {
        "title": "Biella home care helpdesk",
        "intro": "The main helpdesk of the Biella network, in the centre of Biella.",
    },
    "biella/sportelli/sportello-assistenza-familiare-cossato/": {
        "title": "Cossato home care helpdesk",
        "intro": "Information and grants for families in the eastern Biella area.",
    },
    "biella/sportelli/sportello-assistenza-familiare-cavaglia/": {
        "title": "Cavaglià home care helpdesk",
        "intro": ("A helpdesk close to home for the municipalities around Lake Viverone."),
    },
    "biella/guida/": {
        "title": "Useful local information",
        "intro": "How the network works in your province.",
    },
    "biella/guida/prenotare-un-colloquio-a-biella-cossato-e-cavaglia/": {
        "title": "Booking a meeting in Biella, Cossato and Cavaglià",
        "intro": (
            "The Biella helpdesk is open without an appointment. "
            "In Cossato and Cavaglià you need to book."
        ),
    },
    "biella/corsi/": {
        "title": "Courses in the province of Biella",
        "intro": "Free courses for care workers: qualification, modules and orientation.",
    },
    "biella/corsi/assistente-familiare-corso-di-qualifica/": {
        "title": "Care worker: qualification course",
        "intro": "The qualification course for care workers of the Biella network.",
    },
    "biella/corsi/mobilizzazione-e-trasferimenti-in-sicurezza/": {
        "title": "Moving and transferring people safely",
        "intro": (
            "How to help the person stand up, sit down and move around without getting hurt."
        ),
    },
    "biella/corsi/incontro-di-orientamento-al-lavoro-di-cura/": {
        "title": "Orientation meeting on care work",
        "intro": "For people who want to start working as a care worker in the Biella area.",
    },
    "biella/valutazione-competenze/": {
        "title": "Skills assessment application",
        "intro": (
            "Do you have experience caring for older people or people with disabilities? "
            "Ask to have your skills recognised: it is free."
        ),
    },
    "biella/iscrizione-corsi/": {
        "title": "Course enrolment",
        "intro": "Enrol on a free course for care workers in your province.",
    },
    "biella/contributi-famiglie/": {
        "title": "Family grant application",
        "intro": (
            "Financial help for families who hire a care worker with a proper contract, "
            "or who need someone to replace her while she attends a course."
        ),
    },
    # Cuneo -----------------------------------------------------------------
    "cuneo/": {
        "title": "Cuneo local network",
        "intro": (
            "The Cuneo network serves the largest province in Piedmont, from the Langhe hills "
            "to the Alpine valleys."
        ),
    },
    "cuneo/sportelli/": {
        "title": "Helpdesks in the province of Cuneo",
        "intro": "Where to find help, when the helpdesks are open and which languages are spoken.",
    },
    "cuneo/sportelli/sportello-assistenza-familiare-cuneo/": {
        "title": "Cuneo home care helpdesk",
        "intro": "The main helpdesk of the Cuneo network, near Piazza Galimberti.",
    },
    "cuneo/sportelli/sportello-assistenza-familiare-alba/": {
        "title": "Alba home care helpdesk",
        "intro": "The helpdesk for the Langhe and the Roero.",
    },
    "cuneo/sportelli/sportello-assistenza-familiare-mondovi/": {
        "title": "Mondovì home care helpdesk",
        "intro": "Information and guidance for the Mondovì and Ceva areas.",
    },
    "cuneo/sportelli/sportello-assistenza-familiare-saluzzo/": {
        "title": "Saluzzo home care helpdesk",
        "intro": "The helpdesk for the Saluzzo area and the Po, Varaita and Maira valleys.",
    },
    "cuneo/guida/": {
        "title": "Useful local information",
        "intro": "How the network works in your province.",
    },
    "cuneo/guida/colloqui-a-distanza-nella-rete-di-cuneo/": {
        "title": "Remote meetings in the Cuneo network",
        "intro": (
            "If you live in the valleys or in the Langhe, you can talk to the helpdesk "
            "without travelling."
        ),
    },
    "cuneo/guida/domanda-di-contributo-aiuto-agli-sportelli-di-cuneo-alba-e-saluzzo/": {
        "title": "Grant applications: help at the Cuneo, Alba and Saluzzo helpdesks",
        "intro": (
            "The helpdesk staff can help you fill in the online application for the family grant."
        ),
    },
    "cuneo/corsi/": {
        "title": "Courses in the province of Cuneo",
        "intro": "Free courses for care workers: qualification, modules and orientation.",
    },
    "cuneo/corsi/assistente-familiare-corso-di-qualifica/": {
        "title": "Care worker: qualification course",
        "intro": "The 200-hour course to become a qualified care worker.",
    },
    "cuneo/corsi/demenze-e-comunicazione/": {
        "title": "Dementia and communication",
        "intro": "Practical tools for caring for a person with dementia every day.",
    },
    "cuneo/corsi/primo-soccorso-domestico/": {
        "title": "First aid at home",
        "intro": "The basic techniques for acting in an emergency at home.",
    },
    "cuneo/corsi/incontro-di-orientamento-al-lavoro-di-cura/": {
        "title": "Orientation meeting on care work",
        "intro": "A short meeting about the work of a care worker and the services.",
    },
    "cuneo/valutazione-competenze/": {
        "title": "Skills assessment application",
        "intro": (
            "Do you have experience caring for older people or people with disabilities? "
            "Ask to have your skills recognised: it is free."
        ),
    },
    "cuneo/iscrizione-corsi/": {
        "title": "Course enrolment",
        "intro": "Enrol on a free course for care workers in your province.",
    },
    "cuneo/contributi-famiglie/": {
        "title": "Family grant application",
        "intro": (
            "Financial help for families who hire a care worker with a proper contract, "
            "or who need someone to replace her while she attends a course."
        ),
    },
    # Novara ----------------------------------------------------------------
    "novara/": {
        "title": "Novara local network",
        "intro": (
            "The Novara network helps families and care workers on the plain and around "
            "Lake Maggiore and Lake Orta."
        ),
    },
    "novara/sportelli/": {
        "title": "Helpdesks in the province of Novara",
        "intro": "Where to find help, when the helpdesks are open and which languages are spoken.",
    },
    "novara/sportelli/sportello-assistenza-familiare-novara/": {
        "title": "Novara home care helpdesk",
        "intro": "The main helpdesk of the Novara network, in the old town.",
    },
    "novara/sportelli/sportello-assistenza-familiare-borgomanero/": {
        "title": "Borgomanero home care helpdesk",
        "intro": "The helpdesk for the Borgomanero area and Lake Orta.",
    },
    "novara/sportelli/sportello-assistenza-familiare-trecate/": {
        "title": "Trecate home care helpdesk",
        "intro": "A helpdesk close to families in the area east of the Ticino river.",
    },
    "novara/sportelli/sportello-assistenza-familiare-arona/": {
        "title": "Arona home care helpdesk",
        "intro": (
            "Information and guidance for Arona and the towns on the southern part of "
            "Lake Maggiore."
        ),
    },
    "novara/guida/": {
        "title": "Useful local information",
        "intro": "How the network works in your province.",
    },
    "novara/guida/come-prenotare-allo-sportello-di-novara/": {
        "title": "How to book at the Novara helpdesk",
        "intro": (
            "The Novara helpdesk is open without an appointment, but for some procedures "
            "it is better to book."
        ),
    },
    "novara/corsi/": {
        "title": "Courses in the province of Novara",
        "intro": "Free courses for care workers: qualification, modules and orientation.",
    },
    "novara/corsi/assistente-familiare-corso-di-qualifica/": {
        "title": "Care worker: qualification course",
        "intro": "The 200-hour qualification course of the Novara network.",
    },
    "novara/corsi/demenze-e-comunicazione/": {
        "title": "Dementia and communication",
        "intro": "The most requested module: how to support a person with dementia.",
    },
    "novara/corsi/italiano-per-il-lavoro-di-cura/": {
        "title": "Italian for care work",
        "intro": "Practical Italian for talking with the person you care for and their family.",
    },
    "novara/corsi/incontro-di-orientamento-lavorare-come-assistente-familiare/": {
        "title": "Orientation meeting: working as a care worker",
        "intro": "A first meeting about care work and the opportunities in the network.",
    },
    "novara/valutazione-competenze/": {
        "title": "Skills assessment application",
        "intro": (
            "Do you have experience caring for older people or people with disabilities? "
            "Ask to have your skills recognised: it is free."
        ),
    },
    "novara/iscrizione-corsi/": {
        "title": "Course enrolment",
        "intro": "Enrol on a free course for care workers in your province.",
    },
    "novara/contributi-famiglie/": {
        "title": "Family grant application",
        "intro": (
            "Financial help for families who hire a care worker with a proper contract, "
            "or who need someone to replace her while she attends a course."
        ),
    },
    # Verbano-Cusio-Ossola --------------------------------------------------
    "verbano-cusio-ossola/": {
        "title": "Verbano-Cusio-Ossola local network",
        "intro": (
            "The VCO (Verbano-Cusio-Ossola) network brings services for care work from "
            "the lake to the Ossola valleys."
        ),
    },
    "verbano-cusio-ossola/sportelli/": {
        "title": "Helpdesks in the province of Verbano-Cusio-Ossola",
        "intro": "Where to find help, when the helpdesks are open and which languages are spoken.",
    },
    "verbano-cusio-ossola/sportelli/sportello-assistenza-familiare-verbania/": {
        "title": "Verbania home care helpdesk",
        "intro": "The main helpdesk of the VCO network, in Pallanza.",
    },
    "verbano-cusio-ossola/sportelli/sportello-assistenza-familiare-domodossola/": {
        "title": "Domodossola home care helpdesk",
        "intro": "The helpdesk for the Ossola valleys, with meetings by video call too.",
    },
    "verbano-cusio-ossola/sportelli/sportello-assistenza-familiare-omegna/": {
        "title": "Omegna home care helpdesk",
        "intro": "Information on contracts and courses for the Cusio area.",
    },
    "verbano-cusio-ossola/guida/": {
        "title": "Useful local information",
        "intro": "How the network works in your province.",
    },
    "verbano-cusio-ossola/guida/valli-e-lago-come-raggiungere-gli-sportelli-del-vco/": {
        "title": "Valleys and lake: how to reach the VCO helpdesks",
        "intro": (
            "Practical tips for getting to the helpdesks in Verbania, Domodossola and Omegna."
        ),
    },
    "verbano-cusio-ossola/corsi/": {
        "title": "Courses in the province of Verbano-Cusio-Ossola",
        "intro": "Free courses for care workers: qualification, modules and orientation.",
    },
    "verbano-cusio-ossola/corsi/assistente-familiare-corso-di-qualifica/": {
        "title": "Care worker: qualification course",
        "intro": "The next edition of the qualification course, with lessons in Verbania.",
    },
    "verbano-cusio-ossola/corsi/primo-soccorso-domestico/": {
        "title": "First aid at home",
        "intro": "What to do straight away in an emergency, even far from a hospital.",
    },
    "verbano-cusio-ossola/corsi/incontro-di-orientamento-al-lavoro-di-cura/": {
        "title": "Orientation meeting on care work",
        "intro": "Learn about the work of a care worker and the services in the VCO.",
    },
    "verbano-cusio-ossola/valutazione-competenze/": {
        "title": "Skills assessment application",
        "intro": (
            "Do you have experience caring for older people or people with disabilities? "
            "Ask to have your skills recognised: it is free."
        ),
    },
    "verbano-cusio-ossola/iscrizione-corsi/": {
        "title": "Course enrolment",
        "intro": "Enrol on a free course for care workers in your province.",
    },
    "verbano-cusio-ossola/contributi-famiglie/": {
        "title": "Family grant application",
        "intro": (
            "Financial help for families who hire a care worker with a proper contract, "
            "or who need someone to replace her while she attends a course."
        ),
    },
    # Vercelli --------------------------------------------------------------
    "vercelli/": {
        "title": "Vercelli local network",
        "intro": (
            "The Vercelli network supports families and care workers, from the rice fields "
            "to the Valsesia."
        ),
    },
    "vercelli/sportelli/": {
        "title": "Helpdesks in the province of Vercelli",
        "intro": "Where to find help, when the helpdesks are open and which languages are spoken.",
    },
    "vercelli/sportelli/sportello-assistenza-familiare-vercelli/": {
        "title": "Vercelli home care helpdesk",
        "intro": "The main helpdesk of the Vercelli network, on Corso Libertà.",
    },
    "vercelli/sportelli/sportello-assistenza-familiare-borgosesia/": {
        "title": "Borgosesia home care helpdesk",
        "intro": (
            "The helpdesk for the Valsesia, at the Centro per l'impiego (the public job centre)."
        ),
    },
    "vercelli/sportelli/sportello-assistenza-familiare-santhia/": {
        "title": "Santhià home care helpdesk",
        "intro": "Information and grants for families in the western Vercelli area.",
    },
    "vercelli/sportelli/sportello-assistenza-familiare-trino/": {
        "title": "Trino home care helpdesk",
        "intro": (
            "A helpdesk close to home for Trino, Crescentino and the towns near the river Po."
        ),
    },
    "vercelli/guida/": {
        "title": "Useful local information",
        "intro": "How the network works in your province.",
    },
    "vercelli/guida/sportelli-di-vercelli-e-valsesia-orari-estivi-e-appuntamenti/": {
        "title": "Vercelli and Valsesia helpdesks: summer opening hours and appointments",
        "intro": "In summer some helpdesks change their opening hours. Here is how to plan ahead.",
    },
    "vercelli/corsi/": {
        "title": "Courses in the province of Vercelli",
        "intro": "Free courses for care workers: qualification, modules and orientation.",
    },
    "vercelli/corsi/assistente-familiare-corso-di-qualifica/": {
        "title": "Care worker: qualification course",
        "intro": "The qualification course for care workers in Vercelli.",
    },
    "vercelli/corsi/mobilizzazione-e-trasferimenti-in-sicurezza/": {
        "title": "Moving and transferring people safely",
        "intro": "Practical techniques for moving the person you care for without risk.",
    },
    "vercelli/corsi/alimentazione-della-persona-anziana/": {
        "title": "Nutrition for older people",
        "intro": "Balanced meals, special diets and hydration for older people.",
    },
    "vercelli/corsi/incontro-di-orientamento-al-lavoro-di-cura/": {
        "title": "Orientation meeting on care work",
        "intro": "To find your way in care work in Vercelli and the Valsesia.",
    },
    "vercelli/valutazione-competenze/": {
        "title": "Skills assessment application",
        "intro": (
            "Do you have experience caring for older people or people with disabilities? "
            "Ask to have your skills recognised: it is free."
        ),
    },
    "vercelli/iscrizione-corsi/": {
        "title": "Course enrolment",
        "intro": "Enrol on a free course for care workers in your province.",
    },
    "vercelli/contributi-famiglie/": {
        "title": "Family grant application",
        "intro": (
            "Financial help for families who hire a care worker with a proper contract, "
            "or who need someone to replace her while she attends a course."
        ),
    },
}
