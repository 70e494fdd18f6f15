"""Local guidance pages keyed by network code (same block grammar as guidance.py)."""

# Block grammar (list of tuples) used by every "blocks" value:
#   ("heading", "Testo del titolo")
#   ("paragraph", "<p>HTML con <strong>, <em>, <a href=...>, <ul><li>, <ol><li></p>")
#   ("steps", [{"title": "...", "text": "<p>...</p>"}, ...])  # passi numerati
#   ("faq", [{"question": "...", "answer": "<p>...</p>"}, ...])
#   ("callout", {"tone": "info" | "warning" | "success", "title": "...", "text": "<p>...</p>"})
#   ("table", {"caption": "...", "header": ["Colonna 1", ...], "rows": [["a", "b"], ...]})

LOCAL_GUIDANCE: dict[str, list[dict]] = {
    "TO": [
        {
            "title": "Come prendere appuntamento allo sportello a Torino",
            "intro": (
                "Puoi venire allo sportello di Torino anche senza appuntamento, ma con la "
                "prenotazione aspetti meno."
            ),
            "blocks": [
                ("heading", "Tre modi per prenotare"),
                (
                    "steps",
                    [
                        {
                            "title": "Online",
                            "text": (
                                "<p>Compila il modulo di contatto nella pagina dello sportello. "
                                "Scegli il giorno e scrivi in poche parole di cosa hai bisogno. "
                                "Ti rispondiamo entro due giorni lavorativi.</p>"
                            ),
                        },
                        {
                            "title": "Per telefono",
                            "text": (
                                "<p>Chiama lo 011 555 0121 dal lunedì al venerdì, dalle 9 alle "
                                "12. Se parli rumeno, ucraino o arabo, dillo subito: ti richiama "
                                "un'operatrice che parla la tua lingua.</p>"
                            ),
                        },
                        {
                            "title": "Di persona",
                            "text": (
                                "<p>Vieni negli orari di apertura. Il sabato mattina lo sportello "
                                "di via Bologna è aperto senza appuntamento, ma c'è spesso "
                                "attesa.</p>"
                            ),
                        },
                    ],
                ),
                ("heading", "Come arrivare"),
                (
                    "paragraph",
                    "<p>Lo sportello di <strong>via Bologna 51</strong> è nel quartiere Aurora, "
                    "a circa 15 minuti a piedi da Porta Palazzo. Ci arrivi con diverse linee di "
                    "autobus e tram GTT: controlla il percorso sul sito o sull'app di "
                    "GTT.</p><p>Lo sportello di <strong>Moncalieri</strong> è in centro, vicino "
                    "al Real Collegio. Da Torino puoi prendere il treno regionale fino alla "
                    "stazione di Moncalieri e poi camminare per circa 10 minuti.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Interpreti su richiesta",
                        "text": (
                            "<p>Se hai bisogno di un'interprete per una lingua non presente allo "
                            "sportello, chiedilo quando prenoti. Proviamo a organizzare un "
                            "collegamento telefonico con una mediatrice.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "title": "Documenti da portare al primo colloquio a Torino",
            "intro": "Con i documenti giusti il primo colloquio è più breve e più utile.",
            "blocks": [
                (
                    "paragraph",
                    "<p>Al primo colloquio l'operatrice ti chiede alcune informazioni. Non è un "
                    "problema se ti manca qualche documento: possiamo iniziare lo stesso e "
                    "completare dopo.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Cosa portare al primo colloquio",
                        "header": ["Chi sei", "Documenti utili"],
                        "rows": [
                            [
                                "Famiglia che vuole assumere",
                                "Documento d'identità e codice fiscale del datore di lavoro; se "
                                "c'è, verbale di invalidità o di non autosufficienza della "
                                "persona assistita; ISEE se vuoi chiedere un contributo",
                            ],
                            [
                                "Famiglia che ha già un contratto",
                                "Comunicazione di assunzione all'INPS, ultimo prospetto paga, "
                                "ultimi bollettini pagoPA dei contributi",
                            ],
                            [
                                "Assistente familiare",
                                "Documento d'identità, codice fiscale, permesso di soggiorno se "
                                "sei cittadina di un Paese non UE, curriculum e attestati di "
                                "corsi fatti",
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Non mandare i documenti per e-mail",
                        "text": (
                            "<p>Per proteggere i tuoi dati, porta i documenti allo sportello o "
                            "caricali nell'area riservata del portale quando presenti una "
                            "domanda.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "AL": [
        {
            "title": "Sportelli della provincia di Alessandria: come arrivare e cosa portare",
            "intro": "Quattro sportelli in quattro città: scegli quello più comodo per te.",
            "blocks": [
                (
                    "paragraph",
                    "<p>Puoi andare in qualsiasi sportello della rete, anche se abiti in un "
                    "altro Comune della provincia. Gli sportelli di <strong>Novi Ligure</strong> "
                    "e <strong>Tortona</strong> ricevono solo su appuntamento. Ad "
                    "<strong>Alessandria</strong> e a <strong>Casale Monferrato</strong> puoi "
                    "venire anche senza prenotare.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Come raggiungere gli sportelli",
                        "header": ["Sportello", "Come arrivare"],
                        "rows": [
                            [
                                "Alessandria, via Milano 45",
                                "In centro. Dalla stazione ferroviaria circa 15 minuti a piedi, "
                                "oppure autobus urbano.",
                            ],
                            [
                                "Casale Monferrato, via Roma 120",
                                "In centro storico. Dalla stazione circa 10 minuti a piedi.",
                            ],
                            [
                                "Novi Ligure, via Girardengo 18",
                                "In centro. Dalla stazione circa 10 minuti a piedi. Aperto anche "
                                "il sabato mattina.",
                            ],
                            [
                                "Tortona, corso Alessandria 62",
                                "Vicino al centro. Dalla stazione circa 15 minuti a piedi.",
                            ],
                        ],
                    },
                ),
                ("heading", "Cosa portare"),
                (
                    "paragraph",
                    "<p>Porta un documento d'identità e il codice fiscale. Le famiglie che "
                    "chiedono un contributo portano anche l'attestazione ISEE. Le assistenti "
                    "familiari possono portare il curriculum e gli attestati dei corsi.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Abiti in un paese lontano?",
                        "text": (
                            "<p>Se abiti in Val Borbera, in Val Curone o nell'Acquese, chiedi un "
                            "colloquio per telefono. Chiama lo 0131 555 0100.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "AT": [
        {
            "title": "Contributi comunali e del consorzio: a chi rivolgersi nell'Astigiano",
            "intro": (
                "Oltre ai contributi regionali, alcune famiglie possono avere aiuti dai servizi "
                "sociali del territorio."
            ),
            "blocks": [
                (
                    "paragraph",
                    "<p>I contributi regionali del programma si chiedono online, dal portale. Ma "
                    "nell'Astigiano ci sono anche altri aiuti per chi assiste una persona non "
                    "autosufficiente a casa. Per esempio, alcuni sostegni per la domiciliarità "
                    "gestiti dai servizi sociali. Le regole e le scadenze cambiano: chiedi "
                    "sempre informazioni aggiornate.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Parla con lo sportello",
                            "text": (
                                "<p>Allo sportello di Asti o di Nizza Monferrato ti spieghiamo "
                                "quali aiuti esistono e se puoi chiederli insieme al contributo "
                                "regionale.</p>"
                            ),
                        },
                        {
                            "title": "Contatta il servizio sociale",
                            "text": (
                                "<p>Per gli aiuti dei servizi sociali serve di solito un "
                                "colloquio con l'assistente sociale del tuo Comune o del "
                                "consorzio. Lo sportello ti aiuta a prendere appuntamento.</p>"
                            ),
                        },
                        {
                            "title": "Prepara l'ISEE",
                            "text": (
                                "<p>Quasi tutti gli aiuti chiedono l'ISEE. Puoi farlo gratis "
                                "presso un CAF o online sul sito dell'INPS.</p>"
                            ),
                        },
                    ],
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Sportello di Nizza Monferrato",
                        "text": (
                            "<p>Lo sportello di Nizza si trova nella sede del consorzio "
                            "socio-assistenziale del Sud Astigiano. Così puoi parlare con lo "
                            "sportello e con il servizio sociale nello stesso posto.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "BI": [
        {
            "title": "Prenotare un colloquio a Biella, Cossato e Cavaglià",
            "intro": (
                "Lo sportello di Biella è aperto senza appuntamento. A Cossato e Cavaglià serve "
                "prenotare."
            ),
            "blocks": [
                (
                    "paragraph",
                    "<p>A <strong>Biella</strong> puoi venire negli orari di apertura, senza "
                    "appuntamento. A <strong>Cossato</strong> e a <strong>Cavaglià</strong> lo "
                    "sportello è aperto poche ore alla settimana: per questo è necessario "
                    "prenotare.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Chiama o scrivi",
                            "text": (
                                "<p>Telefona allo 015 555 0121 o scrivi a "
                                "sportello.biella@example.org. Indica il tuo nome, un numero di "
                                "telefono e lo sportello che preferisci.</p>"
                            ),
                        },
                        {
                            "title": "Ricevi la conferma",
                            "text": (
                                "<p>Ti mandiamo un SMS con il giorno e l'ora del colloquio. Se "
                                "non puoi venire, avvisaci: così diamo il posto a un'altra "
                                "persona.</p>"
                            ),
                        },
                        {
                            "title": "Vieni al colloquio",
                            "text": (
                                "<p>Porta un documento d'identità e, se li hai, il curriculum o i "
                                "documenti del contratto di lavoro.</p>"
                            ),
                        },
                    ],
                ),
                (
                    "callout",
                    {
                        "tone": "success",
                        "title": "Anche in videochiamata",
                        "text": (
                            "<p>Se abiti in valle o non puoi lasciare da sola la persona "
                            "assistita, chiedi un colloquio in videochiamata. Basta uno "
                            "smartphone.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "CN": [
        {
            "title": "Colloqui a distanza nella rete di Cuneo",
            "intro": (
                "Chi abita nelle valli o in Langa può parlare con lo sportello senza spostarsi."
            ),
            "blocks": [
                (
                    "paragraph",
                    "<p>La provincia di Cuneo è molto grande. Da alcune valli servono più di due "
                    "ore di autobus per arrivare a Cuneo. Per questo tutti gli sportelli della "
                    "rete offrono anche il <strong>colloquio a distanza</strong>, al telefono o "
                    "in videochiamata.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Prenota",
                            "text": (
                                "<p>Chiama lo 0171 555 0121 o scrivi a "
                                "sportello.cuneo@example.org. Dì che vuoi un colloquio a distanza "
                                "e indica il giorno che preferisci.</p>"
                            ),
                        },
                        {
                            "title": "Ricevi il link",
                            "text": (
                                "<p>Il giorno prima ricevi un SMS con il link della "
                                "videochiamata. Non serve installare programmi.</p>"
                            ),
                        },
                        {
                            "title": "Prepara i documenti",
                            "text": (
                                "<p>Tieni vicino il documento d'identità e i documenti di lavoro. "
                                "Se servono copie, puoi caricarle poi nell'area riservata del "
                                "portale.</p>"
                            ),
                        },
                    ],
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Quando devi venire di persona",
                        "text": (
                            "<p>Per la prova pratica del riconoscimento delle competenze e per i "
                            "corsi devi venire di persona. Chi abita lontano può chiedere il "
                            "rimborso del biglietto del trasporto pubblico.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "title": "Domanda di contributo: aiuto agli sportelli di Cuneo, Alba e Saluzzo",
            "intro": (
                "Le operatrici possono aiutarti a compilare la domanda online di contributo per "
                "le famiglie."
            ),
            "blocks": [
                (
                    "paragraph",
                    "<p>La domanda di contributo si presenta online dal portale. Se non hai SPID "
                    "o CIE, o se non sei sicuro di come compilarla, puoi farti aiutare negli "
                    "sportelli di <strong>Cuneo</strong>, <strong>Alba</strong> e "
                    "<strong>Saluzzo</strong>.</p>",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Devo prenotare?",
                            "answer": (
                                "<p>Sì, ad Alba e a Saluzzo serve l'appuntamento. A Cuneo puoi "
                                "venire anche senza appuntamento, ma per la domanda di contributo "
                                "è meglio prenotare.</p>"
                            ),
                        },
                        {
                            "question": "Cosa devo portare?",
                            "answer": (
                                "<p>ISEE in corso di validità, documento d'identità del datore di "
                                "lavoro, copia della comunicazione di assunzione all'INPS e, se "
                                "c'è, il verbale di invalidità della persona assistita.</p>"
                            ),
                        },
                        {
                            "question": "Posso mandare un familiare al posto mio?",
                            "answer": (
                                "<p>Sì, con una delega firmata e una copia del tuo documento "
                                "d'identità.</p>"
                            ),
                        },
                    ],
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Controlla la scadenza dell'ISEE",
                        "text": (
                            "<p>L'ISEE scade il 31 dicembre di ogni anno. Se presenti la domanda "
                            "a gennaio, fai prima il nuovo ISEE presso un CAF.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "NO": [
        {
            "title": "Come prenotare allo sportello di Novara",
            "intro": (
                "Lo sportello di Novara è aperto senza appuntamento, ma per alcune pratiche "
                "conviene prenotare."
            ),
            "blocks": [
                (
                    "paragraph",
                    "<p>Allo sportello di <strong>corso Cavour 18</strong> puoi venire negli "
                    "orari di apertura per informazioni e orientamento. Per le pratiche più "
                    "lunghe, come la domanda di contributo o l'aiuto per il contratto, ti "
                    "chiediamo di prenotare.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Quando serve l'appuntamento",
                        "header": ["Servizio", "Appuntamento"],
                        "rows": [
                            ["Informazioni e orientamento", "Non serve"],
                            ["Incontro tra famiglie e assistenti familiari", "Consigliato"],
                            ["Aiuto per contratto e assunzione", "Necessario"],
                            ["Domanda di contributo", "Necessario"],
                            ["Riconoscimento delle competenze", "Necessario"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Per prenotare chiama lo 0321 555 0121 o scrivi a "
                    "sportello.novara@example.org. Lo sportello è in centro, a circa 10 minuti a "
                    "piedi dalla stazione di Novara.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Il martedì pomeriggio",
                        "text": (
                            "<p>Il martedì pomeriggio è dedicato alle assistenti familiari che "
                            "lavorano la mattina. Puoi venire senza appuntamento anche per "
                            "chiedere informazioni sui corsi.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "VB": [
        {
            "title": "Valli e lago: come raggiungere gli sportelli del VCO",
            "intro": (
                "Consigli pratici per arrivare agli sportelli di Verbania, Domodossola e Omegna."
            ),
            "blocks": [
                (
                    "paragraph",
                    "<p>Nel VCO molti paesi sono collegati da pochi autobus al giorno. Prima di "
                    "partire controlla sempre gli orari, soprattutto il sabato e nei giorni "
                    "festivi.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Gli sportelli del VCO",
                        "header": ["Sportello", "Indicazioni"],
                        "rows": [
                            [
                                "Verbania, piazza Garibaldi 15",
                                "A Pallanza, sul lungolago. Fermata degli autobus a pochi passi.",
                            ],
                            [
                                "Domodossola, via Rosmini 20",
                                "Vicino al centro storico. Dalla stazione circa 10 minuti a piedi.",
                            ],
                            [
                                "Omegna, via De Amicis 6",
                                "In centro, vicino al lago d'Orta. Aperto il mercoledì.",
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "In inverno",
                        "text": (
                            "<p>Se nevica o le strade sono chiuse, chiama lo sportello: spostiamo "
                            "l'appuntamento o facciamo il colloquio al telefono.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "VC": [
        {
            "title": "Sportelli di Vercelli e Valsesia: orari estivi e appuntamenti",
            "intro": "In estate alcuni sportelli cambiano orario. Ecco come organizzarti.",
            "blocks": [
                (
                    "paragraph",
                    "<p>In <strong>luglio e agosto</strong> gli sportelli di Borgosesia, Santhià "
                    "e Trino ricevono solo su appuntamento. Nelle due settimane centrali di "
                    "agosto resta aperto solo lo sportello di <strong>Vercelli</strong>, la "
                    "mattina.</p>",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Devo prenotare a Vercelli?",
                            "answer": (
                                "<p>No, a Vercelli puoi venire negli orari di apertura. Se hai "
                                "bisogno di un'interprete di rumeno o arabo, chiama prima: la "
                                "mediatrice è presente solo in alcuni giorni.</p>"
                            ),
                        },
                        {
                            "question": "Come prenoto a Santhià o a Trino?",
                            "answer": (
                                "<p>Chiama lo 0161 555 0121 o scrivi a "
                                "sportello.vercelli@example.org. Ti proponiamo il primo giorno "
                                "libero.</p>"
                            ),
                        },
                        {
                            "question": "Abito in alta Valsesia. Posso evitare il viaggio?",
                            "answer": (
                                "<p>Sì. Lo sportello di Borgosesia fa anche colloqui al telefono. "
                                "Per i corsi e per la prova pratica, invece, devi venire di "
                                "persona.</p>"
                            ),
                        },
                    ],
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Avvisi sugli orari",
                        "text": (
                            "<p>Le date esatte delle chiusure estive sono pubblicate ogni anno a "
                            "giugno nella pagina di ogni sportello.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
}
