"""The eight local networks of the programme, one per Piedmont province.

Each entry: code, name, province, intro, body (HTML), territory (municipalities),
partners (name + kind), contact_phone, contact_email, contact_address and bbox
(min_lon, min_lat, max_lon, max_lat) of the real province territory.
Phone numbers and e-mail addresses are fictitious.
"""

NETWORKS: list[dict] = [
    {
        "code": "TO",
        "name": "Rete territoriale di Torino",
        "province": "Torino",
        "intro": (
            "La rete della Città metropolitana di Torino aiuta famiglie e assistenti familiari in "
            "città, nella cintura e nelle valli."
        ),
        "body": (
            "<p>La rete di Torino riunisce Comuni, aziende sanitarie, Centri per l'impiego, "
            "cooperative sociali, patronati e parrocchie. Lavoriamo insieme per rendere più "
            "semplice e più sicuro il lavoro di cura a casa.</p><p><strong>Cosa facciamo per le "
            "famiglie:</strong></p><ul><li>diamo informazioni sul contratto di lavoro "
            "domestico;</li><li>aiutiamo a cercare un'assistente familiare "
            "preparata;</li><li>spieghiamo come fare l'assunzione e la busta paga;</li><li>diamo "
            "informazioni sui contributi per le famiglie.</li></ul><p><strong>Cosa facciamo per "
            "le assistenti familiari:</strong></p><ul><li>ascoltiamo la tua esperienza e ti "
            "orientiamo;</li><li>ti aiutiamo a far riconoscere le tue competenze;</li><li>ti "
            "proponiamo corsi gratuiti, anche di italiano;</li><li>ti mettiamo in contatto con "
            "famiglie che cercano personale.</li></ul><p>Gli sportelli sono a Torino, Moncalieri, "
            "Ivrea e Pinerolo. In alcuni sportelli parliamo anche rumeno, ucraino, spagnolo e "
            "arabo. Il servizio è gratuito.</p>"
        ),
        "territory": [
            "Torino",
            "Moncalieri",
            "Nichelino",
            "Collegno",
            "Grugliasco",
            "Rivoli",
            "Orbassano",
            "Venaria Reale",
            "Settimo Torinese",
            "Chieri",
            "Carmagnola",
            "Pinerolo",
            "Ivrea",
            "Chivasso",
            "Ciriè",
            "Cuorgnè",
            "Susa",
            "Avigliana",
        ],
        "partners": [
            {"name": "Città di Torino", "kind": "municipality"},
            {"name": "Città di Moncalieri", "kind": "municipality"},
            {"name": "ASL Città di Torino", "kind": "health_authority"},
            {"name": "ASL TO4", "kind": "health_authority"},
            {"name": "Centro per l'impiego di Torino", "kind": "employment_centre"},
            {"name": "Cooperativa sociale Filo di Casa", "kind": "social_enterprise"},
            {"name": "Patronati sindacali dell'area torinese", "kind": "union"},
            {"name": "Parrocchie di Barriera di Milano e Aurora", "kind": "parish"},
        ],
        "contact_phone": "011 555 0100",
        "contact_email": "rete.torino@example.org",
        "contact_address": "via Giuseppe Verdi 18, 10124 Torino",
        "bbox": (6.62, 44.7, 8.1, 45.6),
    },
    {
        "code": "AL",
        "name": "Rete territoriale di Alessandria",
        "province": "Alessandria",
        "intro": (
            "La rete di Alessandria collega sportelli e servizi dal Casalese al Novese, fino al "
            "Tortonese."
        ),
        "body": (
            "<p>La rete di Alessandria mette insieme enti pubblici e privati di tutta la "
            "provincia. Il territorio è grande e vario: città, colline del Monferrato e valli "
            "dell'Appennino. Per questo abbiamo sportelli in quattro città e, su richiesta, "
            "colloqui al telefono.</p><p><strong>Per le famiglie</strong> offriamo informazioni "
            "sul contratto, aiuto per trovare un'assistente familiare e sostegno per le pratiche "
            "di assunzione. Spieghiamo anche come chiedere i contributi "
            "regionali.</p><p><strong>Per le assistenti familiari</strong> offriamo orientamento, "
            "aiuto per scrivere il curriculum e informazioni sui corsi gratuiti. Puoi anche "
            "chiedere il riconoscimento delle competenze che hai già.</p><ul><li>Sportelli: "
            "Alessandria, Casale Monferrato, Novi Ligure e Tortona.</li><li>Lingue: italiano, "
            "rumeno, ucraino, spagnolo, francese e arabo, secondo lo sportello.</li><li>Tutti i "
            "servizi sono gratuiti.</li></ul><p>Lavoriamo insieme al consorzio "
            "socio-assistenziale, all'ASL e al Centro per l'impiego. Così possiamo indirizzarti "
            "subito al servizio giusto.</p>"
        ),
        "territory": [
            "Alessandria",
            "Casale Monferrato",
            "Novi Ligure",
            "Tortona",
            "Acqui Terme",
            "Valenza",
            "Ovada",
            "Serravalle Scrivia",
            "Arquata Scrivia",
            "Gavi",
            "Castelnuovo Scrivia",
            "Pontecurone",
            "Castellazzo Bormida",
            "San Salvatore Monferrato",
        ],
        "partners": [
            {"name": "Comune di Alessandria", "kind": "municipality"},
            {
                "name": "CISSACA - Consorzio socio-assistenziale dell'Alessandrino",
                "kind": "municipality",
            },
            {"name": "ASL AL", "kind": "health_authority"},
            {"name": "Centro per l'impiego di Alessandria", "kind": "employment_centre"},
            {"name": "Cooperativa sociale Il Cortile", "kind": "social_enterprise"},
            {"name": "Sportelli sindacali colf e badanti della provincia", "kind": "union"},
            {"name": "Associazione Famiglie in Rete", "kind": "association"},
        ],
        "contact_phone": "0131 555 0100",
        "contact_email": "rete.alessandria@example.org",
        "contact_address": "via Milano 45, 15121 Alessandria",
        "bbox": (8.08, 44.48, 9.25, 45.22),
    },
    {
        "code": "AT",
        "name": "Rete territoriale di Asti",
        "province": "Asti",
        "intro": (
            "La rete di Asti sostiene le famiglie e le assistenti familiari della città, della "
            "Langa astigiana e del Monferrato."
        ),
        "body": (
            "<p>Nella provincia di Asti molte persone anziane vivono in piccoli paesi di collina. "
            "Spesso la famiglia ha bisogno di un'assistente familiare convivente. La rete di Asti "
            "aiuta le famiglie e le lavoratrici a costruire un rapporto di lavoro regolare e "
            "sereno.</p><p><strong>I nostri servizi:</strong></p><ul><li>informazioni sul "
            "contratto di lavoro domestico e sulle regole di base;</li><li>orientamento per chi "
            "cerca lavoro nell'assistenza;</li><li>incontro tra famiglie e assistenti "
            "familiari;</li><li>aiuto per la domanda di riconoscimento delle "
            "competenze;</li><li>informazioni sui corsi gratuiti e sui contributi per le "
            "famiglie.</li></ul><p>Gli sportelli sono ad Asti, Nizza Monferrato, Canelli e "
            "Villanova d'Asti. Nei paesi più piccoli puoi chiedere un colloquio telefonico o in "
            "videochiamata.</p><p>La rete collabora con i consorzi socio-assistenziali, con l'ASL "
            "AT e con il Centro per l'impiego. Il servizio è gratuito per tutti.</p>"
        ),
        "territory": [
            "Asti",
            "Nizza Monferrato",
            "Canelli",
            "Villanova d'Asti",
            "San Damiano d'Asti",
            "Costigliole d'Asti",
            "Castagnole delle Lanze",
            "Moncalvo",
            "Villafranca d'Asti",
            "Montiglio Monferrato",
            "Cocconato",
            "Incisa Scapaccino",
            "Castelnuovo Don Bosco",
            "Montegrosso d'Asti",
        ],
        "partners": [
            {"name": "Comune di Asti", "kind": "municipality"},
            {"name": "CISA Asti Sud - Consorzio socio-assistenziale", "kind": "municipality"},
            {"name": "ASL AT", "kind": "health_authority"},
            {"name": "Centro per l'impiego di Asti", "kind": "employment_centre"},
            {"name": "Cooperativa sociale La Collina", "kind": "social_enterprise"},
            {"name": "Patronati sindacali dell'Astigiano", "kind": "union"},
            {"name": "Parrocchie e centri d'ascolto della diocesi di Asti", "kind": "parish"},
        ],
        "contact_phone": "0141 555 0100",
        "contact_email": "rete.asti@example.org",
        "contact_address": "corso Alfieri 230, 14100 Asti",
        "bbox": (7.86, 44.52, 8.52, 45.15),
    },
    {
        "code": "BI",
        "name": "Rete territoriale di Biella",
        "province": "Biella",
        "intro": (
            "La rete di Biella accompagna famiglie e assistenti familiari dalla città alle valli "
            "del Biellese."
        ),
        "body": (
            "<p>La rete di Biella è piccola ma molto unita. Comuni, consorzio "
            "socio-assistenziale, ASL, Centro per l'impiego, cooperative e associazioni lavorano "
            "con un unico obiettivo: un'assistenza a casa di qualità e un lavoro "
            "regolare.</p><p><strong>Se sei una famiglia</strong>, possiamo spiegarti come "
            "assumere un'assistente familiare, quale livello scegliere e quali costi prevedere. "
            "Ti aiutiamo anche a presentare la domanda per i contributi.</p><p><strong>Se sei "
            "un'assistente familiare</strong>, possiamo:</p><ul><li>valutare con te la tua "
            "esperienza;</li><li>aiutarti a ottenere il riconoscimento delle "
            "competenze;</li><li>iscriverti ai corsi gratuiti vicino a casa;</li><li>presentarti "
            "alle famiglie che cercano personale.</li></ul><p>Gli sportelli sono a Biella, "
            "Cossato e Cavaglià. Puoi venire senza appuntamento negli orari di apertura libera "
            "oppure prenotare per telefono o e-mail. Il servizio è gratuito.</p>"
        ),
        "territory": [
            "Biella",
            "Cossato",
            "Cavaglià",
            "Candelo",
            "Vigliano Biellese",
            "Valdilana",
            "Gaglianico",
            "Ponderano",
            "Mongrando",
            "Andorno Micca",
            "Occhieppo Inferiore",
            "Sandigliano",
            "Salussola",
            "Masserano",
            "Pollone",
        ],
        "partners": [
            {"name": "Comune di Biella", "kind": "municipality"},
            {
                "name": "Consorzio IRIS - servizi socio-assistenziali del Biellese",
                "kind": "municipality",
            },
            {"name": "ASL BI", "kind": "health_authority"},
            {"name": "Centro per l'impiego di Biella", "kind": "employment_centre"},
            {"name": "Cooperativa sociale Tessere", "kind": "social_enterprise"},
            {"name": "Associazione Ponti di Lana", "kind": "association"},
        ],
        "contact_phone": "015 555 0100",
        "contact_email": "rete.biella@example.org",
        "contact_address": "via Italia 52, 13900 Biella",
        "bbox": (7.86, 45.38, 8.3, 45.72),
    },
    {
        "code": "CN",
        "name": "Rete territoriale di Cuneo",
        "province": "Cuneo",
        "intro": (
            "La rete di Cuneo serve la provincia più grande del Piemonte, dalle Langhe alle valli "
            "alpine."
        ),
        "body": (
            "<p>La provincia di Cuneo ha più di 240 Comuni, molti in montagna o in collina. Per "
            "questo la rete di Cuneo unisce due aziende sanitarie, i consorzi "
            "socio-assistenziali, i Centri per l'impiego e molte realtà del privato "
            "sociale.</p><p>Gli sportelli si trovano a Cuneo, Alba, Mondovì e Saluzzo. Chi abita "
            "lontano può chiedere un colloquio al telefono o in videochiamata.</p><p><strong>Cosa "
            "puoi trovare:</strong></p><ul><li>informazioni chiare sul contratto di lavoro "
            "domestico;</li><li>aiuto per cercare un'assistente familiare o un lavoro come "
            "assistente familiare;</li><li>sostegno per le pratiche di "
            "assunzione;</li><li>riconoscimento delle competenze e corsi "
            "gratuiti;</li><li>informazioni e aiuto per la domanda di "
            "contributo.</li></ul><p>Molte famiglie della provincia assistono una persona anziana "
            "che vive da sola. Le nostre operatrici conoscono bene i servizi del territorio e "
            "possono indicarti anche l'assistente sociale o il servizio sanitario più vicino. "
            "Tutti i servizi sono gratuiti.</p>"
        ),
        "territory": [
            "Cuneo",
            "Alba",
            "Bra",
            "Fossano",
            "Mondovì",
            "Saluzzo",
            "Savigliano",
            "Borgo San Dalmazzo",
            "Busca",
            "Ceva",
            "Racconigi",
            "Dronero",
            "Boves",
            "Cherasco",
            "Canale",
            "Limone Piemonte",
        ],
        "partners": [
            {"name": "Comune di Cuneo", "kind": "municipality"},
            {"name": "Consorzio Socio Assistenziale del Cuneese", "kind": "municipality"},
            {"name": "Consorzio Monviso Solidale", "kind": "municipality"},
            {"name": "ASL CN1", "kind": "health_authority"},
            {"name": "ASL CN2", "kind": "health_authority"},
            {"name": "Centro per l'impiego di Cuneo", "kind": "employment_centre"},
            {"name": "Cooperativa sociale Cura Alpina", "kind": "social_enterprise"},
            {"name": "Centri d'ascolto parrocchiali del Monregalese", "kind": "parish"},
        ],
        "contact_phone": "0171 555 0100",
        "contact_email": "rete.cuneo@example.org",
        "contact_address": "corso Nizza 56, 12100 Cuneo",
        "bbox": (6.84, 44.05, 8.3, 44.87),
    },
    {
        "code": "NO",
        "name": "Rete territoriale di Novara",
        "province": "Novara",
        "intro": (
            "La rete di Novara aiuta famiglie e assistenti familiari della pianura, del Lago "
            "Maggiore e del Lago d'Orta."
        ),
        "body": (
            "<p>La rete di Novara nasce dalla collaborazione tra Comuni, ASL NO, Centri per "
            "l'impiego, cooperative, sindacati e associazioni. Vogliamo che ogni famiglia trovi "
            "un aiuto competente e che ogni assistente familiare lavori con un contratto "
            "regolare.</p><p><strong>Per le famiglie:</strong></p><ul><li>informazioni sul "
            "contratto e sui costi;</li><li>ricerca di un'assistente familiare adatta ai bisogni "
            "della persona;</li><li>aiuto per la comunicazione di assunzione "
            "all'INPS;</li><li>informazioni sui contributi regionali.</li></ul><p><strong>Per le "
            "assistenti familiari:</strong></p><ul><li>colloquio di orientamento e aiuto con il "
            "curriculum;</li><li>riconoscimento delle competenze;</li><li>corsi gratuiti, anche "
            "di italiano per il lavoro;</li><li>informazioni su diritti e doveri.</li></ul><p>Gli "
            "sportelli sono a Novara, Borgomanero, Trecate e Arona. A Novara puoi venire anche "
            "senza appuntamento; negli altri sportelli è meglio prenotare prima. Il servizio è "
            "gratuito.</p>"
        ),
        "territory": [
            "Novara",
            "Borgomanero",
            "Trecate",
            "Arona",
            "Galliate",
            "Oleggio",
            "Cameri",
            "Castelletto sopra Ticino",
            "Gozzano",
            "Romagnano Sesia",
            "Ghemme",
            "Bellinzago Novarese",
            "Cerano",
            "Orta San Giulio",
        ],
        "partners": [
            {"name": "Comune di Novara", "kind": "municipality"},
            {"name": "Comune di Borgomanero", "kind": "municipality"},
            {"name": "ASL NO", "kind": "health_authority"},
            {"name": "Centro per l'impiego di Novara", "kind": "employment_centre"},
            {"name": "Cooperativa sociale Mani Aperte", "kind": "social_enterprise"},
            {"name": "Patronati sindacali del Novarese", "kind": "union"},
            {"name": "Associazione Casa Comune", "kind": "association"},
        ],
        "contact_phone": "0321 555 0100",
        "contact_email": "rete.novara@example.org",
        "contact_address": "corso Cavour 18, 28100 Novara",
        "bbox": (8.3, 45.28, 8.82, 45.88),
    },
    {
        "code": "VB",
        "name": "Rete territoriale del Verbano-Cusio-Ossola",
        "province": "Verbano-Cusio-Ossola",
        "intro": (
            "La rete del VCO porta i servizi per il lavoro di cura dal lago alle valli dell'Ossola."
        ),
        "body": (
            "<p>Nel Verbano-Cusio-Ossola le distanze sono lunghe e molti paesi sono in montagna. "
            "D'inverno spostarsi può essere difficile. Per questo la rete del VCO offre sportelli "
            "a Verbania, Domodossola e Omegna e, su richiesta, colloqui al telefono o in "
            "videochiamata.</p><p><strong>Cosa offriamo:</strong></p><ul><li>informazioni sul "
            "contratto di lavoro domestico, per famiglie e lavoratrici;</li><li>orientamento e "
            "aiuto nella ricerca di lavoro;</li><li>incontro tra domanda e offerta di "
            "assistenza;</li><li>accompagnamento al riconoscimento delle "
            "competenze;</li><li>corsi gratuiti, anche in orario serale.</li></ul><p>Nella rete "
            "ci sono i Comuni, il consorzio dei servizi sociali dell'Ossola, l'ASL VCO, i Centri "
            "per l'impiego, una cooperativa sociale e i patronati. Insieme possiamo seguire la "
            "famiglia in tutto il percorso: dalla ricerca dell'assistente familiare alla firma "
            "del contratto.</p><p>Il servizio è gratuito.</p>"
        ),
        "territory": [
            "Verbania",
            "Domodossola",
            "Omegna",
            "Stresa",
            "Villadossola",
            "Gravellona Toce",
            "Baveno",
            "Cannobio",
            "Crevoladossola",
            "Premosello-Chiovenda",
            "Santa Maria Maggiore",
            "Macugnaga",
            "Ornavasso",
            "Ghiffa",
        ],
        "partners": [
            {"name": "Comune di Verbania", "kind": "municipality"},
            {"name": "CISS Ossola - Consorzio dei servizi sociali", "kind": "municipality"},
            {"name": "ASL VCO", "kind": "health_authority"},
            {"name": "Centro per l'impiego di Verbania", "kind": "employment_centre"},
            {"name": "Centro per l'impiego di Domodossola", "kind": "employment_centre"},
            {"name": "Cooperativa sociale Lago e Monti", "kind": "social_enterprise"},
            {"name": "Patronati sindacali del VCO", "kind": "union"},
        ],
        "contact_phone": "0323 555 0100",
        "contact_email": "rete.vco@example.org",
        "contact_address": "piazza Garibaldi 15, 28922 Verbania",
        "bbox": (7.85, 45.82, 8.72, 46.47),
    },
    {
        "code": "VC",
        "name": "Rete territoriale di Vercelli",
        "province": "Vercelli",
        "intro": (
            "La rete di Vercelli sostiene famiglie e assistenti familiari dalle risaie alla "
            "Valsesia."
        ),
        "body": (
            "<p>La provincia di Vercelli va dalla pianura delle risaie fino al Monte Rosa. La "
            "rete di Vercelli unisce Comuni, Unione Montana della Valsesia, ASL VC, Centri per "
            "l'impiego, una cooperativa sociale e le parrocchie.</p><p><strong>Alle "
            "famiglie</strong> diamo informazioni sul contratto di lavoro domestico, aiuto per "
            "trovare un'assistente familiare e sostegno per l'assunzione regolare. Spieghiamo "
            "anche i contributi per le famiglie e come fare la domanda online.</p><p><strong>Alle "
            "assistenti familiari</strong> offriamo:</p><ul><li>un colloquio di "
            "orientamento;</li><li>aiuto per il curriculum e per la ricerca di lavoro;</li><li>il "
            "percorso di riconoscimento delle competenze;</li><li>corsi gratuiti a Vercelli e in "
            "Valsesia.</li></ul><p>Gli sportelli sono a Vercelli, Borgosesia, Santhià e Trino. In "
            "alcuni giorni è presente una mediatrice culturale che parla rumeno o arabo. Il "
            "servizio è gratuito.</p>"
        ),
        "territory": [
            "Vercelli",
            "Borgosesia",
            "Santhià",
            "Trino",
            "Varallo",
            "Gattinara",
            "Crescentino",
            "Livorno Ferraris",
            "Cigliano",
            "Serravalle Sesia",
            "Quarona",
            "Saluggia",
            "Tronzano Vercellese",
            "Alagna Valsesia",
        ],
        "partners": [
            {"name": "Comune di Vercelli", "kind": "municipality"},
            {"name": "Unione Montana dei Comuni della Valsesia", "kind": "municipality"},
            {"name": "ASL VC", "kind": "health_authority"},
            {"name": "Centro per l'impiego di Vercelli", "kind": "employment_centre"},
            {"name": "Centro per l'impiego di Borgosesia", "kind": "employment_centre"},
            {"name": "Cooperativa sociale Risaie Solidali", "kind": "social_enterprise"},
            {"name": "Caritas e parrocchie dell'arcidiocesi di Vercelli", "kind": "parish"},
        ],
        "contact_phone": "0161 555 0100",
        "contact_email": "rete.vercelli@example.org",
        "contact_address": "corso Libertà 120, 13100 Vercelli",
        "bbox": (7.86, 45.12, 8.55, 45.97),
    },
]
