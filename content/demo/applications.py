"""Texts of the region's own pages and of each network's application pages."""

REGION_PAGES = {
    "home_intro": (
        "Il programma regionale aiuta le famiglie che assumono un'assistente familiare "
        "e le assistenti familiari che cercano lavoro regolare, formazione e riconoscimento "
        "delle competenze. Otto reti locali, una per provincia, ti aspettano nei loro sportelli."
    ),
    "map": {
        "title": "Trova uno sportello",
        "intro": (
            "Tutti gli sportelli delle reti locali: indirizzo, orari, servizi e lingue parlate. "
            "Puoi filtrare per rete, servizio e lingua."
        ),
    },
    "guidance": {
        "title": "Guida al lavoro domestico",
        "intro": (
            "Il contratto di lavoro domestico spiegato in modo semplice: assunzione, orari, "
            "paga, contributi, ferie, fine del rapporto e permesso di soggiorno."
        ),
    },
    "calendar": {
        "title": "Calendario dei corsi",
        "intro": (
            "Corsi gratuiti per assistenti familiari in tutto il Piemonte: corsi di qualifica, "
            "moduli complementari e incontri di orientamento."
        ),
    },
    "about_slug": "chi-siamo",
    "accessibility_slug": "accessibilita",
    "contact_email": "assistenza.familiare@example.org",
    "contact_phone": "800 555 010",
}

APPLICATION_PAGES = {
    "skills_assessment": {
        "slug": "valutazione-competenze",
        "fields": {
            "title": "Domanda di valutazione delle competenze",
            "intro": (
                "Hai esperienza nell'assistenza a persone anziane o con disabilità? "
                "Chiedi di far riconoscere le tue competenze: il percorso è gratuito."
            ),
            "body": (
                "<p>Possono fare domanda le assistenti e gli assistenti familiari che lavorano "
                "o vogliono lavorare in Piemonte.</p><ul><li>un documento d'identità</li>"
                "<li>il permesso di soggiorno, se serve</li><li>il curriculum, se lo hai</li>"
                "<li>eventuali attestati di corsi già frequentati</li></ul>"
            ),
            "contact_text": (
                "<p>Gli operatori degli sportelli ti aiutano a compilare la domanda, "
                "anche nella tua lingua.</p>"
            ),
        },
    },
    "training_enrolment": {
        "slug": "iscrizione-corsi",
        "fields": {
            "title": "Iscrizione ai corsi",
            "intro": (
                "Iscriviti a un corso gratuito per assistenti familiari della tua provincia."
            ),
            "body": (
                "<p>Scegli il corso nel calendario. Se il corso è pieno puoi entrare in lista "
                "d'attesa.</p><ul><li>un documento d'identità</li><li>il livello di italiano "
                "che pensi di avere</li><li>il codice della valutazione delle competenze, "
                "se l'hai già fatta</li></ul>"
            ),
            "contact_text": ("<p>Per domande sui corsi chiedi allo sportello più vicino.</p>"),
        },
    },
    "family_subsidy": {
        "slug": "contributi-famiglie",
        "fields": {
            "title": "Domanda di contributo per le famiglie",
            "intro": (
                "Un aiuto economico per le famiglie che assumono un'assistente familiare con "
                "contratto regolare, o che devono sostituirla mentre segue un corso."
            ),
            "body": (
                "<p>Tieni a portata di mano:</p><ul><li>il contratto di lavoro e la "
                "comunicazione di assunzione all'INPS</li><li>la fascia ISEE del nucleo "
                "familiare</li><li>l'IBAN del conto su cui ricevere il contributo</li></ul>"
            ),
            "contact_text": (
                "<p>Gli sportelli e i patronati della rete ti aiutano a preparare i documenti.</p>"
            ),
        },
    },
}
