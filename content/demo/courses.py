"""Training calendar keyed by network code.

kind: qualification | module | orientation. Dates are relative to the day the demo
is loaded: enrolment_opens_in_days / enrolment_closes_in_days (negative = in the past)
and sessions[].in_days. place None means the course venue.
"""

COURSES: dict[str, list[dict]] = {
    "TO": [
        {
            "title": "Assistente familiare: corso di qualifica",
            "kind": "qualification",
            "intro": "Il corso di 200 ore per diventare assistente familiare qualificata.",
            "description": (
                "<p>Il corso dura 200 ore: 140 ore in aula e 60 ore di tirocinio presso una "
                "famiglia o una struttura. Impari a curare l'igiene della persona, a preparare i "
                "pasti, a muovere la persona in sicurezza e a comunicare con la famiglia e con i "
                "servizi.</p><p>Il corso è per persone maggiorenni che vogliono lavorare "
                "nell'assistenza a casa. Serve una conoscenza dell'italiano almeno di livello A2. "
                "Le persone straniere devono avere un permesso di soggiorno valido.</p><p>Alla "
                "fine, dopo l'esame, ricevi l'<strong>attestato di qualifica</strong> "
                "riconosciuto dalla Regione Piemonte. Il corso è "
                "<strong>gratuito</strong>.</p><p>Qui trovi le prime lezioni. Il calendario "
                "completo ti viene consegnato al primo incontro.</p>"
            ),
            "languages": ["it", "ro", "uk"],
            "seats": 20,
            "venue": "Agenzia formativa Casa del Lavoro, via Nizza 150, 10126 Torino",
            "enrolment_opens_in_days": -20,
            "enrolment_closes_in_days": 15,
            "sessions": [
                {"in_days": 21, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 23, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 28, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 30, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 35, "starts": "14:00", "ends": "18:00", "place": None},
            ],
        },
        {
            "title": "Primo soccorso domestico",
            "kind": "module",
            "intro": "Cosa fare in caso di caduta, malore o piccolo incidente in casa.",
            "description": (
                "<p>In due pomeriggi impari a riconoscere le situazioni di pericolo e a chiamare "
                "il 112 nel modo giusto. Con un'infermiera provi le manovre di base: posizione "
                "laterale di sicurezza, disostruzione delle vie aeree, cura di piccole ferite e "
                "ustioni.</p><p>Il modulo è per assistenti familiari che lavorano già o che "
                "stanno per iniziare. Non servono conoscenze sanitarie.</p><p>Alla fine ricevi un "
                "<strong>attestato di frequenza</strong>, utile anche per il riconoscimento delle "
                "competenze. Il modulo è <strong>gratuito</strong>.</p>"
            ),
            "languages": ["it", "ro"],
            "seats": 16,
            "venue": "Agenzia formativa Casa del Lavoro, via Nizza 150, 10126 Torino",
            "enrolment_opens_in_days": -30,
            "enrolment_closes_in_days": -2,
            "sessions": [
                {"in_days": 6, "starts": "14:00", "ends": "18:00", "place": None},
                {"in_days": 13, "starts": "14:00", "ends": "18:00", "place": None},
            ],
        },
        {
            "title": "Italiano per il lavoro di cura",
            "kind": "module",
            "intro": "Un corso serale di italiano con le parole del lavoro in casa.",
            "description": (
                "<p>Il corso aiuta a parlare con la persona assistita, con la famiglia, con il "
                "medico e con il farmacista. Impariamo le parole della salute, della casa, del "
                "cibo e dei documenti di lavoro, come la busta paga.</p><p>È per assistenti "
                "familiari con un livello di italiano base (A1 o A2). Le lezioni sono la sera, "
                "per chi lavora di giorno. Durante le lezioni c'è una mediatrice che parla "
                "ucraino e arabo.</p><p>Alla fine ricevi un <strong>attestato di "
                "frequenza</strong>. Il corso è <strong>gratuito</strong>.</p>"
            ),
            "languages": ["it", "uk", "ar"],
            "seats": 18,
            "venue": "Centro interculturale di quartiere, corso Vercelli 15, 10152 Torino",
            "enrolment_opens_in_days": 10,
            "enrolment_closes_in_days": 40,
            "sessions": [
                {"in_days": 47, "starts": "17:30", "ends": "19:30", "place": None},
                {"in_days": 49, "starts": "17:30", "ends": "19:30", "place": None},
                {"in_days": 54, "starts": "17:30", "ends": "19:30", "place": None},
                {"in_days": 56, "starts": "17:30", "ends": "19:30", "place": None},
            ],
        },
        {
            "title": "Incontro di orientamento: lavorare come assistente familiare",
            "kind": "orientation",
            "intro": "Due ore per capire il lavoro di cura, il contratto e i corsi disponibili.",
            "description": (
                "<p>Nell'incontro spieghiamo com'è il lavoro di assistente familiare, quali sono "
                "i diritti e i doveri e come funziona il contratto di lavoro domestico. "
                "Presentiamo anche il percorso di riconoscimento delle competenze e i corsi "
                "gratuiti della rete.</p><p>L'incontro è aperto a tutti: a chi cerca lavoro, a "
                "chi lavora già e a chi è appena arrivato in Italia. Puoi scegliere la data a "
                "Torino o a Moncalieri.</p><p>La partecipazione è <strong>gratuita</strong>. Non "
                "serve portare documenti.</p>"
            ),
            "languages": ["it", "ro", "es"],
            "seats": 25,
            "venue": "Sportello di Torino Aurora, via Bologna 51, 10152 Torino",
            "enrolment_opens_in_days": -10,
            "enrolment_closes_in_days": 5,
            "sessions": [
                {"in_days": 8, "starts": "09:30", "ends": "11:30", "place": None},
                {
                    "in_days": 22,
                    "starts": "14:30",
                    "ends": "16:30",
                    "place": "Sportello di Moncalieri, via Real Collegio 5, 10024 Moncalieri",
                },
            ],
        },
    ],
    "AL": [
        {
            "title": "Assistente familiare: corso di qualifica",
            "kind": "qualification",
            "intro": "Il percorso completo per la qualifica di assistente familiare.",
            "description": (
                "<p>Il corso dura 200 ore, con lezioni in aula e tirocinio pratico. Gli argomenti "
                "principali sono: cura e igiene della persona, alimentazione, sicurezza in casa, "
                "rapporto con la famiglia, diritti e doveri del lavoro domestico.</p><p>Possono "
                "partecipare persone maggiorenni con italiano almeno di livello A2. Le persone "
                "straniere devono avere un permesso di soggiorno valido. Se hai già esperienza, "
                "puoi chiedere il riconoscimento dei crediti e fare meno ore.</p><p>Alla fine c'è "
                "un esame. Chi lo supera riceve l'<strong>attestato di qualifica</strong> "
                "regionale. Il corso è <strong>gratuito</strong>.</p><p>Qui trovi le prime "
                "lezioni. Il calendario completo ti viene consegnato al primo incontro.</p>"
            ),
            "languages": ["it", "ro", "ar"],
            "seats": 18,
            "venue": "Centro formativo Alessandrino, via Vochieri 58, 15121 Alessandria",
            "enrolment_opens_in_days": -15,
            "enrolment_closes_in_days": 20,
            "sessions": [
                {"in_days": 27, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 29, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 34, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 36, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 41, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 43, "starts": "09:00", "ends": "13:00", "place": None},
            ],
        },
        {
            "title": "Alimentazione della persona anziana",
            "kind": "module",
            "intro": "Come preparare pasti sani e sicuri per una persona anziana.",
            "description": (
                "<p>Il modulo spiega di cosa ha bisogno una persona anziana a tavola. Parliamo di "
                "diete per diabete e pressione alta, di come aiutare a bere abbastanza e di cosa "
                "fare se la persona fa fatica a deglutire. Prepariamo insieme alcuni piatti "
                "semplici ed economici.</p><p>Il modulo è per assistenti familiari che vogliono "
                "migliorare o che devono completare le competenze dopo il "
                "riconoscimento.</p><p>Alla fine ricevi un <strong>attestato di "
                "frequenza</strong>. Il modulo è <strong>gratuito</strong>.</p>"
            ),
            "languages": ["it", "es"],
            "seats": 15,
            "venue": "Centro formativo Alessandrino, via Vochieri 58, 15121 Alessandria",
            "enrolment_opens_in_days": 14,
            "enrolment_closes_in_days": 45,
            "sessions": [
                {"in_days": 52, "starts": "14:00", "ends": "18:00", "place": None},
                {"in_days": 59, "starts": "14:00", "ends": "18:00", "place": None},
            ],
        },
        {
            "title": "Incontro di orientamento al lavoro di cura",
            "kind": "orientation",
            "intro": "Per conoscere il lavoro di assistente familiare e i servizi della rete.",
            "description": (
                "<p>Presentiamo il lavoro di assistente familiare: cosa fa, con quale contratto, "
                "quali sono gli orari e la paga secondo il CCNL. Spieghiamo come iscriversi ai "
                "corsi e come chiedere il riconoscimento delle competenze.</p><p>L'incontro è per "
                "chi cerca lavoro e per chi vuole cambiare lavoro. Ci sono due date: una ad "
                "Alessandria e una a Novi Ligure.</p><p>La partecipazione è "
                "<strong>gratuita</strong>. Alla fine puoi prenotare un colloquio individuale.</p>"
            ),
            "languages": ["it", "ro", "fr"],
            "seats": 22,
            "venue": "Sportello di Alessandria, via Milano 45, 15121 Alessandria",
            "enrolment_opens_in_days": -5,
            "enrolment_closes_in_days": 10,
            "sessions": [
                {"in_days": 12, "starts": "10:00", "ends": "12:00", "place": None},
                {
                    "in_days": 26,
                    "starts": "15:00",
                    "ends": "17:00",
                    "place": "Sportello di Novi Ligure, via Girardengo 18, 15067 Novi Ligure",
                },
            ],
        },
    ],
    "AT": [
        {
            "title": "Assistente familiare: corso di qualifica",
            "kind": "qualification",
            "intro": "La nuova edizione del corso di qualifica ad Asti: iscrizioni in apertura.",
            "description": (
                "<p>Il corso dura 200 ore ed è diviso in moduli: cura della persona, "
                "alimentazione, mobilizzazione, primo soccorso, comunicazione, diritti e doveri "
                "nel lavoro domestico. Una parte del corso è un tirocinio pratico.</p><p>È per "
                "persone maggiorenni con italiano almeno di livello A2. Le persone straniere "
                "devono avere un permesso di soggiorno valido. Le lezioni sono al mattino, per "
                "chi lavora al pomeriggio.</p><p>Dopo l'esame finale ricevi l'<strong>attestato "
                "di qualifica</strong> riconosciuto dalla Regione Piemonte. Il corso è "
                "<strong>gratuito</strong>.</p><p>Qui trovi le prime lezioni. Il calendario "
                "completo ti viene consegnato al primo incontro.</p>"
            ),
            "languages": ["it", "ro"],
            "seats": 20,
            "venue": "Polo formativo astigiano, corso Torino 62, 14100 Asti",
            "enrolment_opens_in_days": 7,
            "enrolment_closes_in_days": 35,
            "sessions": [
                {"in_days": 42, "starts": "08:30", "ends": "12:30", "place": None},
                {"in_days": 44, "starts": "08:30", "ends": "12:30", "place": None},
                {"in_days": 49, "starts": "08:30", "ends": "12:30", "place": None},
                {"in_days": 51, "starts": "08:30", "ends": "12:30", "place": None},
                {"in_days": 56, "starts": "08:30", "ends": "12:30", "place": None},
            ],
        },
        {
            "title": "Demenze e comunicazione",
            "kind": "module",
            "intro": "Come comunicare con una persona con demenza o malattia di Alzheimer.",
            "description": (
                "<p>Il modulo spiega che cos'è la demenza e come cambia il comportamento della "
                "persona. Impari a parlare in modo semplice e calmo, a gestire l'agitazione e a "
                "organizzare una giornata serena. Parliamo anche della fatica di chi assiste e di "
                "come chiedere aiuto.</p><p>È per assistenti familiari e anche per familiari che "
                "assistono una persona con demenza.</p><p>Alla fine ricevi un <strong>attestato "
                "di frequenza</strong>. Il modulo è <strong>gratuito</strong>.</p>"
            ),
            "languages": ["it", "ro", "ar"],
            "seats": 18,
            "venue": "Polo formativo astigiano, corso Torino 62, 14100 Asti",
            "enrolment_opens_in_days": -25,
            "enrolment_closes_in_days": 12,
            "sessions": [
                {"in_days": 18, "starts": "14:30", "ends": "17:30", "place": None},
                {"in_days": 25, "starts": "14:30", "ends": "17:30", "place": None},
                {"in_days": 32, "starts": "14:30", "ends": "17:30", "place": None},
            ],
        },
        {
            "title": "Incontro di orientamento: famiglie e assistenti familiari",
            "kind": "orientation",
            "intro": "Un incontro aperto a famiglie e lavoratrici per conoscere regole e servizi.",
            "description": (
                "<p>Nella prima parte spieghiamo il contratto di lavoro domestico: livelli, "
                "orari, riposi e contributi. Nella seconda parte presentiamo i corsi gratuiti, il "
                "riconoscimento delle competenze e i contributi regionali per le "
                "famiglie.</p><p>L'incontro è pensato per famiglie e assistenti familiari "
                "insieme. C'è tempo per le domande. Puoi scegliere tra Asti e Nizza "
                "Monferrato.</p><p>La partecipazione è <strong>gratuita</strong>. Se vieni con la "
                "persona assistita, avvisaci: prepariamo una sala comoda e accessibile.</p>"
            ),
            "languages": ["it", "es"],
            "seats": 25,
            "venue": "Sportello di Asti, corso Alfieri 230, 14100 Asti",
            "enrolment_opens_in_days": -3,
            "enrolment_closes_in_days": 6,
            "sessions": [
                {"in_days": 9, "starts": "17:00", "ends": "19:00", "place": None},
                {
                    "in_days": 16,
                    "starts": "10:00",
                    "ends": "12:00",
                    "place": "Sportello di Nizza, via Carlo Alberto 40, 14049 Nizza Monferrato",
                },
            ],
        },
    ],
    "BI": [
        {
            "title": "Assistente familiare: corso di qualifica",
            "kind": "qualification",
            "intro": "Il corso di qualifica per assistenti familiari della rete biellese.",
            "description": (
                "<p>In 200 ore impari le basi del lavoro di cura a domicilio: igiene e cura della "
                "persona, alimentazione, prevenzione delle cadute, mobilizzazione, gestione della "
                "casa e comunicazione. Il tirocinio si svolge presso famiglie e servizi del "
                "territorio.</p><p>Il corso è per persone maggiorenni con italiano almeno di "
                "livello A2. Le persone straniere devono avere un permesso di soggiorno "
                "valido.</p><p>Chi supera l'esame riceve l'<strong>attestato di "
                "qualifica</strong> regionale. Il corso è <strong>gratuito</strong>. Chi abita "
                "fuori Biella può chiedere il rimborso del biglietto dell'autobus.</p><p>Qui "
                "trovi le prime lezioni. Il calendario completo ti viene consegnato al primo "
                "incontro.</p>"
            ),
            "languages": ["it", "ro", "uk"],
            "seats": 16,
            "venue": "Centro di formazione Lanificio, via Ivrea 22, 13900 Biella",
            "enrolment_opens_in_days": -10,
            "enrolment_closes_in_days": 25,
            "sessions": [
                {"in_days": 32, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 33, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 39, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 40, "starts": "09:00", "ends": "13:00", "place": None},
            ],
        },
        {
            "title": "Mobilizzazione e trasferimenti in sicurezza",
            "kind": "module",
            "intro": "Come aiutare la persona ad alzarsi, sedersi e spostarsi senza farsi male.",
            "description": (
                "<p>Con un fisioterapista impari a spostare la persona dal letto alla sedia, ad "
                "aiutarla a camminare e a usare ausili come deambulatore, sollevatore e sedia a "
                "rotelle. Impari anche a proteggere la tua schiena.</p><p>Il modulo è molto "
                "pratico: si lavora in piccoli gruppi. È per assistenti familiari che lavorano "
                "con persone anziane o con disabilità.</p><p>Alla fine ricevi un "
                "<strong>attestato di frequenza</strong>. Il modulo è "
                "<strong>gratuito</strong>.</p>"
            ),
            "languages": ["it", "ro"],
            "seats": 14,
            "venue": "Centro di formazione Lanificio, via Ivrea 22, 13900 Biella",
            "enrolment_opens_in_days": -14,
            "enrolment_closes_in_days": 6,
            "sessions": [
                {"in_days": 11, "starts": "14:00", "ends": "18:00", "place": None},
                {"in_days": 18, "starts": "14:00", "ends": "18:00", "place": None},
            ],
        },
        {
            "title": "Incontro di orientamento al lavoro di cura",
            "kind": "orientation",
            "intro": "Per chi vuole iniziare a lavorare come assistente familiare nel Biellese.",
            "description": (
                "<p>Nell'incontro conosci il lavoro di assistente familiare, i servizi dello "
                "sportello e i corsi gratuiti. Spieghiamo come preparare un curriculum semplice e "
                "come presentarsi a una famiglia.</p><p>È per chi cerca lavoro, anche senza "
                "esperienza. C'è una data a Biella e una a Cossato.</p><p>La partecipazione è "
                "<strong>gratuita</strong>. Porta, se li hai, un documento e il curriculum. Alla "
                "fine puoi prenotare un colloquio individuale allo sportello.</p>"
            ),
            "languages": ["it", "ar", "fr"],
            "seats": 20,
            "venue": "Sportello di Biella, via Italia 52, 13900 Biella",
            "enrolment_opens_in_days": 5,
            "enrolment_closes_in_days": 20,
            "sessions": [
                {"in_days": 24, "starts": "10:00", "ends": "12:00", "place": None},
                {
                    "in_days": 31,
                    "starts": "14:30",
                    "ends": "16:30",
                    "place": "Sportello di Cossato, via Mazzini 14, 13836 Cossato",
                },
            ],
        },
    ],
    "CN": [
        {
            "title": "Assistente familiare: corso di qualifica",
            "kind": "qualification",
            "intro": "Il corso di 200 ore per diventare assistente familiare qualificata.",
            "description": (
                "<p>Il corso dura 200 ore tra aula e tirocinio. Impari a curare l'igiene e il "
                "benessere della persona, a preparare i pasti, a muovere la persona in sicurezza "
                "e a riconoscere i segnali di malessere. Una parte è dedicata al contratto di "
                "lavoro domestico.</p><p>Possono partecipare persone maggiorenni con italiano "
                "almeno di livello A2. Le persone straniere devono avere un permesso di soggiorno "
                "valido.</p><p>Dopo l'esame ricevi l'<strong>attestato di qualifica</strong> "
                "riconosciuto dalla Regione Piemonte. Il corso è "
                "<strong>gratuito</strong>.</p><p>Qui trovi le prime lezioni. Il calendario "
                "completo ti viene consegnato al primo incontro.</p>"
            ),
            "languages": ["it", "ro", "ar"],
            "seats": 20,
            "venue": "Agenzia formativa Granda Lavoro, via Bassignano 14, 12100 Cuneo",
            "enrolment_opens_in_days": -25,
            "enrolment_closes_in_days": 10,
            "sessions": [
                {"in_days": 17, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 19, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 24, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 26, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 31, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 33, "starts": "09:00", "ends": "13:00", "place": None},
            ],
        },
        {
            "title": "Demenze e comunicazione",
            "kind": "module",
            "intro": "Strumenti pratici per assistere ogni giorno una persona con demenza.",
            "description": (
                "<p>Il modulo spiega le diverse fasi della demenza e i comportamenti più "
                "frequenti, come la confusione, l'agitazione serale e il rifiuto del cibo. Impari "
                "a comunicare con gesti e parole semplici e a rendere la casa più sicura.</p><p>È "
                "per assistenti familiari che lavorano con persone con demenza. Il corso si "
                "svolge ad Alba, in collaborazione con l'ASL CN2.</p><p>Alla fine ricevi un "
                "<strong>attestato di frequenza</strong>. Il modulo è "
                "<strong>gratuito</strong>.</p>"
            ),
            "languages": ["it", "ro", "uk"],
            "seats": 18,
            "venue": "Sportello di Alba (sala formazione), corso Italia 8, 12051 Alba",
            "enrolment_opens_in_days": -7,
            "enrolment_closes_in_days": 18,
            "sessions": [
                {"in_days": 25, "starts": "14:00", "ends": "17:00", "place": None},
                {"in_days": 27, "starts": "14:00", "ends": "17:00", "place": None},
                {"in_days": 32, "starts": "14:00", "ends": "17:00", "place": None},
            ],
        },
        {
            "title": "Primo soccorso domestico",
            "kind": "module",
            "intro": "Le manovre di base per intervenire in caso di emergenza in casa.",
            "description": (
                "<p>Impari a riconoscere un'emergenza, a chiamare il 112 e a dare le informazioni "
                "giuste. Provi le manovre di base con i manichini: posizione laterale di "
                "sicurezza, disostruzione delle vie aeree, gestione di cadute, ferite e "
                "ustioni.</p><p>Il modulo è per assistenti familiari e per familiari che "
                "assistono una persona a casa. Non servono conoscenze sanitarie.</p><p>Alla fine "
                "ricevi un <strong>attestato di frequenza</strong>. Il modulo è "
                "<strong>gratuito</strong>.</p>"
            ),
            "languages": ["it", "fr"],
            "seats": 16,
            "venue": "Agenzia formativa Granda Lavoro, via Bassignano 14, 12100 Cuneo",
            "enrolment_opens_in_days": 20,
            "enrolment_closes_in_days": 55,
            "sessions": [
                {"in_days": 62, "starts": "09:00", "ends": "13:00", "place": None},
                {
                    "in_days": 69,
                    "starts": "09:00",
                    "ends": "13:00",
                    "place": "Sportello di Mondovì, corso Statuto 10, 12084 Mondovì",
                },
            ],
        },
        {
            "title": "Incontro di orientamento al lavoro di cura",
            "kind": "orientation",
            "intro": "Un incontro breve sul lavoro di assistente familiare e sui servizi.",
            "description": (
                "<p>Spieghiamo com'è il lavoro di assistente familiare, quali contratti esistono "
                "e come si calcolano orari e riposi. Presentiamo i corsi gratuiti e il percorso "
                "di riconoscimento delle competenze.</p><p>Gli incontri sono due: uno a Cuneo e "
                "uno a Saluzzo. Sono aperti a tutte le persone interessate, anche senza "
                "esperienza.</p><p>La partecipazione è <strong>gratuita</strong>. Alla fine puoi "
                "fissare un colloquio individuale con un'orientatrice.</p>"
            ),
            "languages": ["it", "ro", "ar", "es"],
            "seats": 25,
            "venue": "Sportello di Cuneo, corso Nizza 56, 12100 Cuneo",
            "enrolment_opens_in_days": -21,
            "enrolment_closes_in_days": -1,
            "sessions": [
                {"in_days": 4, "starts": "09:30", "ends": "11:30", "place": None},
                {
                    "in_days": 7,
                    "starts": "14:30",
                    "ends": "16:30",
                    "place": "Sportello di Saluzzo, corso Roma 25, 12037 Saluzzo",
                },
            ],
        },
    ],
    "NO": [
        {
            "title": "Assistente familiare: corso di qualifica",
            "kind": "qualification",
            "intro": "Il corso di qualifica di 200 ore della rete novarese.",
            "description": (
                "<p>Il corso prepara al lavoro di assistenza a casa di persone anziane, malate o "
                "con disabilità. Gli argomenti sono: cura e igiene della persona, alimentazione, "
                "mobilizzazione, primo soccorso, comunicazione e regole del lavoro domestico. Ci "
                "sono 60 ore di tirocinio.</p><p>È per persone maggiorenni con italiano almeno di "
                "livello A2 e, per le persone straniere, con permesso di soggiorno "
                "valido.</p><p>Chi supera l'esame finale riceve l'<strong>attestato di "
                "qualifica</strong> regionale. Il corso è <strong>gratuito</strong>.</p><p>Qui "
                "trovi le prime lezioni. Il calendario completo ti viene consegnato al primo "
                "incontro.</p>"
            ),
            "languages": ["it", "ro", "uk", "es"],
            "seats": 22,
            "venue": "Agenzia formativa Novara Lavoro, via Fratelli Rosselli 20, 28100 Novara",
            "enrolment_opens_in_days": -18,
            "enrolment_closes_in_days": 21,
            "sessions": [
                {"in_days": 28, "starts": "14:00", "ends": "18:00", "place": None},
                {"in_days": 30, "starts": "14:00", "ends": "18:00", "place": None},
                {"in_days": 35, "starts": "14:00", "ends": "18:00", "place": None},
                {"in_days": 37, "starts": "14:00", "ends": "18:00", "place": None},
                {"in_days": 42, "starts": "14:00", "ends": "18:00", "place": None},
            ],
        },
        {
            "title": "Demenze e comunicazione",
            "kind": "module",
            "intro": "Il modulo più richiesto: come stare accanto a una persona con demenza.",
            "description": (
                "<p>Il modulo aiuta a capire la demenza e a comunicare meglio con la persona "
                "assistita. Con una psicologa e un'infermiera impari a gestire i momenti "
                "difficili, a proporre attività semplici e a collaborare con la famiglia e con il "
                "medico.</p><p>I posti sono pochi perché si lavora con esercizi pratici in "
                "piccolo gruppo. È per assistenti familiari che lavorano già con persone con "
                "demenza.</p><p>Alla fine ricevi un <strong>attestato di frequenza</strong>. Il "
                "modulo è <strong>gratuito</strong>.</p>"
            ),
            "languages": ["it", "ro"],
            "seats": 12,
            "venue": "Agenzia formativa Novara Lavoro, via Fratelli Rosselli 20, 28100 Novara",
            "enrolment_opens_in_days": -30,
            "enrolment_closes_in_days": 9,
            "sessions": [
                {"in_days": 14, "starts": "09:00", "ends": "12:00", "place": None},
                {"in_days": 21, "starts": "09:00", "ends": "12:00", "place": None},
                {"in_days": 28, "starts": "09:00", "ends": "12:00", "place": None},
            ],
        },
        {
            "title": "Italiano per il lavoro di cura",
            "kind": "module",
            "intro": "Italiano pratico per parlare con la persona assistita e la famiglia.",
            "description": (
                "<p>Impari le parole e le frasi più utili nel lavoro di cura: il corpo e la "
                "salute, i farmaci, la spesa, gli appuntamenti dal medico. Facciamo esercizi con "
                "situazioni reali, per esempio una telefonata al medico di famiglia o la lettura "
                "della busta paga.</p><p>Il corso è per assistenti familiari con italiano di "
                "livello base. Le lezioni si svolgono a Borgomanero il sabato mattina.</p><p>Alla "
                "fine ricevi un <strong>attestato di frequenza</strong>. Il corso è "
                "<strong>gratuito</strong>.</p>"
            ),
            "languages": ["it", "uk", "ar", "en"],
            "seats": 15,
            "venue": "Sportello di Borgomanero, via Matteotti 12, 28021 Borgomanero",
            "enrolment_opens_in_days": 12,
            "enrolment_closes_in_days": 38,
            "sessions": [
                {"in_days": 44, "starts": "09:00", "ends": "11:30", "place": None},
                {"in_days": 51, "starts": "09:00", "ends": "11:30", "place": None},
                {"in_days": 58, "starts": "09:00", "ends": "11:30", "place": None},
                {"in_days": 65, "starts": "09:00", "ends": "11:30", "place": None},
                {"in_days": 72, "starts": "09:00", "ends": "11:30", "place": None},
                {"in_days": 79, "starts": "09:00", "ends": "11:30", "place": None},
            ],
        },
        {
            "title": "Incontro di orientamento: lavorare come assistente familiare",
            "kind": "orientation",
            "intro": "Un primo incontro sul lavoro di cura e sulle opportunità della rete.",
            "description": (
                "<p>L'incontro presenta il lavoro di assistente familiare e le regole principali "
                "del contratto. Spieghiamo come funzionano lo sportello, i corsi gratuiti e il "
                "riconoscimento delle competenze.</p><p>È per chi cerca lavoro nell'assistenza e "
                "per chi vuole migliorare la propria posizione, per esempio passare a un livello "
                "più alto. La prima data è a Novara, la seconda ad Arona.</p><p>La partecipazione "
                "è <strong>gratuita</strong>. Non servono documenti: basta iscriversi online o "
                "allo sportello.</p>"
            ),
            "languages": ["it", "ro", "fr"],
            "seats": 25,
            "venue": "Sportello di Novara, corso Cavour 18, 28100 Novara",
            "enrolment_opens_in_days": -4,
            "enrolment_closes_in_days": 8,
            "sessions": [
                {"in_days": 10, "starts": "10:00", "ends": "12:00", "place": None},
                {
                    "in_days": 24,
                    "starts": "15:00",
                    "ends": "17:00",
                    "place": "Sportello di Arona, corso Cavour 70, 28041 Arona",
                },
            ],
        },
    ],
    "VB": [
        {
            "title": "Assistente familiare: corso di qualifica",
            "kind": "qualification",
            "intro": "La prossima edizione del corso di qualifica, con lezioni a Verbania.",
            "description": (
                "<p>Il corso dura 200 ore, con lezioni in aula e tirocinio presso famiglie e "
                "servizi del territorio. Impari la cura della persona, l'alimentazione, la "
                "mobilizzazione sicura, il primo soccorso e la comunicazione con la persona e con "
                "la famiglia.</p><p>È per persone maggiorenni con italiano almeno di livello A2. "
                "Le persone straniere devono avere un permesso di soggiorno valido. Chi arriva "
                "dalle valli può chiedere il rimborso del viaggio.</p><p>Dopo l'esame ricevi "
                "l'<strong>attestato di qualifica</strong> regionale. Il corso è "
                "<strong>gratuito</strong>.</p><p>Qui trovi le prime lezioni. Il calendario "
                "completo ti viene consegnato al primo incontro.</p>"
            ),
            "languages": ["it", "ro", "uk"],
            "seats": 18,
            "venue": "Centro formativo del Lago, via San Bernardino 27, 28922 Verbania",
            "enrolment_opens_in_days": 15,
            "enrolment_closes_in_days": 50,
            "sessions": [
                {"in_days": 60, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 62, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 67, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 69, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 74, "starts": "09:00", "ends": "13:00", "place": None},
            ],
        },
        {
            "title": "Primo soccorso domestico",
            "kind": "module",
            "intro": "Cosa fare subito in caso di emergenza, anche lontano dall'ospedale.",
            "description": (
                "<p>Nelle valli l'ambulanza può impiegare più tempo ad arrivare. In questo modulo "
                "impari a chiamare il 112, a dare l'indirizzo preciso e a fare le prime manovre: "
                "posizione laterale di sicurezza, disostruzione delle vie aeree, cura di ferite, "
                "ustioni e cadute.</p><p>Il modulo è per assistenti familiari e familiari che "
                "assistono una persona a casa.</p><p>Alla fine ricevi un <strong>attestato di "
                "frequenza</strong>. Il modulo è <strong>gratuito</strong>.</p>"
            ),
            "languages": ["it", "ro", "ar"],
            "seats": 16,
            "venue": "Sportello di Domodossola, via Rosmini 20, 28845 Domodossola",
            "enrolment_opens_in_days": -12,
            "enrolment_closes_in_days": 14,
            "sessions": [
                {"in_days": 20, "starts": "14:00", "ends": "18:00", "place": None},
                {"in_days": 27, "starts": "14:00", "ends": "18:00", "place": None},
            ],
        },
        {
            "title": "Incontro di orientamento al lavoro di cura",
            "kind": "orientation",
            "intro": "Per conoscere il lavoro di assistente familiare e i servizi del VCO.",
            "description": (
                "<p>Presentiamo il lavoro di assistente familiare, il contratto di lavoro "
                "domestico e i servizi gratuiti della rete: sportelli, corsi e riconoscimento "
                "delle competenze. Diamo anche informazioni sui trasporti per raggiungere i "
                "corsi.</p><p>L'incontro è per chi cerca lavoro e per chi lavora già. C'è una "
                "data a Verbania e una a Domodossola.</p><p>La partecipazione è "
                "<strong>gratuita</strong>. Chi arriva dalle valli può chiedere il rimborso del "
                "biglietto.</p>"
            ),
            "languages": ["it", "uk", "es"],
            "seats": 20,
            "venue": "Sportello di Verbania, piazza Garibaldi 15, 28922 Verbania",
            "enrolment_opens_in_days": -6,
            "enrolment_closes_in_days": 7,
            "sessions": [
                {"in_days": 10, "starts": "10:00", "ends": "12:00", "place": None},
                {
                    "in_days": 17,
                    "starts": "14:30",
                    "ends": "16:30",
                    "place": "Sportello di Domodossola, via Rosmini 20, 28845 Domodossola",
                },
            ],
        },
    ],
    "VC": [
        {
            "title": "Assistente familiare: corso di qualifica",
            "kind": "qualification",
            "intro": "Il corso di qualifica per assistenti familiari a Vercelli.",
            "description": (
                "<p>Il corso dura 200 ore. Le lezioni in aula trattano cura e igiene della "
                "persona, alimentazione, mobilizzazione, primo soccorso, comunicazione e diritti "
                "del lavoro domestico. Il tirocinio si svolge presso famiglie o strutture della "
                "provincia.</p><p>È per persone maggiorenni con italiano almeno di livello A2. Le "
                "persone straniere devono avere un permesso di soggiorno valido.</p><p>Chi supera "
                "l'esame finale riceve l'<strong>attestato di qualifica</strong> riconosciuto "
                "dalla Regione Piemonte. Il corso è <strong>gratuito</strong>.</p><p>Qui trovi le "
                "prime lezioni. Il calendario completo ti viene consegnato al primo incontro.</p>"
            ),
            "languages": ["it", "ro", "ar"],
            "seats": 20,
            "venue": "Agenzia formativa Terre d'Acqua, via Trino 30, 13100 Vercelli",
            "enrolment_opens_in_days": -8,
            "enrolment_closes_in_days": 30,
            "sessions": [
                {"in_days": 37, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 38, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 44, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 45, "starts": "09:00", "ends": "13:00", "place": None},
                {"in_days": 51, "starts": "09:00", "ends": "13:00", "place": None},
            ],
        },
        {
            "title": "Mobilizzazione e trasferimenti in sicurezza",
            "kind": "module",
            "intro": "Tecniche pratiche per spostare la persona assistita senza rischi.",
            "description": (
                "<p>Il modulo insegna le tecniche corrette per aiutare la persona a girarsi nel "
                "letto, alzarsi, sedersi e camminare. Impari a usare gli ausili più comuni e a "
                "prevenire le piaghe da decubito. Impari anche a proteggere la tua "
                "schiena.</p><p>È per assistenti familiari che lavorano con persone anziane o "
                "allettate. Le lezioni si svolgono a Borgosesia.</p><p>Alla fine ricevi un "
                "<strong>attestato di frequenza</strong>. Il modulo è "
                "<strong>gratuito</strong>.</p>"
            ),
            "languages": ["it", "ro", "uk"],
            "seats": 14,
            "venue": "Sportello di Borgosesia, via Marconi 14, 13011 Borgosesia",
            "enrolment_opens_in_days": -10,
            "enrolment_closes_in_days": 16,
            "sessions": [
                {"in_days": 22, "starts": "14:00", "ends": "18:00", "place": None},
                {"in_days": 29, "starts": "14:00", "ends": "18:00", "place": None},
            ],
        },
        {
            "title": "Alimentazione della persona anziana",
            "kind": "module",
            "intro": "Pasti equilibrati, diete speciali e idratazione per la persona anziana.",
            "description": (
                "<p>Con una dietista impari a preparare pasti adatti alla persona anziana, anche "
                "quando ci sono diabete, pressione alta o difficoltà a masticare e deglutire. "
                "Parliamo di idratazione, di conservazione sicura del cibo e di come fare una "
                "spesa economica.</p><p>Il modulo è per assistenti familiari e per familiari che "
                "assistono una persona a casa.</p><p>Alla fine ricevi un <strong>attestato di "
                "frequenza</strong>. Il modulo è <strong>gratuito</strong>.</p>"
            ),
            "languages": ["it", "es", "ar"],
            "seats": 16,
            "venue": "Agenzia formativa Terre d'Acqua, via Trino 30, 13100 Vercelli",
            "enrolment_opens_in_days": 9,
            "enrolment_closes_in_days": 33,
            "sessions": [
                {"in_days": 40, "starts": "14:30", "ends": "17:30", "place": None},
                {"in_days": 47, "starts": "14:30", "ends": "17:30", "place": None},
            ],
        },
        {
            "title": "Incontro di orientamento al lavoro di cura",
            "kind": "orientation",
            "intro": "Per orientarsi nel lavoro di cura a Vercelli e in Valsesia.",
            "description": (
                "<p>L'incontro spiega com'è il lavoro di assistente familiare, come si firma un "
                "contratto regolare e quali servizi offre la rete. Presentiamo i corsi gratuiti e "
                "il percorso per il riconoscimento delle competenze.</p><p>È aperto a tutte le "
                "persone interessate, anche senza esperienza. La seconda data si svolge a "
                "Borgosesia, per chi abita in Valsesia.</p><p>La partecipazione è "
                "<strong>gratuita</strong>. Alla fine puoi prenotare un colloquio individuale.</p>"
            ),
            "languages": ["it", "ro", "ar"],
            "seats": 24,
            "venue": "Sportello di Vercelli, corso Libertà 120, 13100 Vercelli",
            "enrolment_opens_in_days": -2,
            "enrolment_closes_in_days": 11,
            "sessions": [
                {"in_days": 13, "starts": "10:00", "ends": "12:00", "place": None},
                {
                    "in_days": 20,
                    "starts": "15:00",
                    "ends": "17:00",
                    "place": "Sportello di Borgosesia, via Marconi 14, 13011 Borgosesia",
                },
            ],
        },
    ],
}
