"""Region-wide guidance pages and standard pages (about, privacy, accessibility)."""

# Block grammar (list of tuples) used by every "blocks" value:
#   ("heading", "Testo del titolo")
#   ("paragraph", "<p>HTML con <strong>, <em>, <a href=...>, <ul><li>, <ol><li></p>")
#   ("steps", [{"title": "...", "text": "<p>...</p>"}, ...])  # passi numerati
#   ("faq", [{"question": "...", "answer": "<p>...</p>"}, ...])
#   ("callout", {"tone": "info" | "warning" | "success", "title": "...", "text": "<p>...</p>"})
#   ("table", {"caption": "...", "header": ["Colonna 1", ...], "rows": [["a", "b"], ...]})

REGION_GUIDANCE: list[dict] = [
    {
        "slug": "assumere-con-contratto-regolare",
        "title": "Assumere con un contratto regolare",
        "intro": (
            "Come assumere un'assistente familiare in regola: chi può farlo, quali passaggi "
            "seguire e cosa scrivere nella lettera di assunzione."
        ),
        "topic": "hiring",
        "blocks": [
            (
                "paragraph",
                "<p>Un contratto regolare protegge tutti. La lavoratrice ha diritto a paga, "
                "contributi, ferie e malattia. La famiglia evita sanzioni e può chiedere i "
                "contributi regionali e le agevolazioni fiscali.</p>",
            ),
            ("heading", "Chi può assumere"),
            (
                "paragraph",
                "<p>Può assumere una persona o una famiglia, per le esigenze della propria vita "
                "familiare. Il datore di lavoro può essere la persona assistita oppure un suo "
                "familiare. Se la persona assistita ha un amministratore di sostegno o un "
                "tutore, può assumere anche lui, se il giudice lo prevede.</p><p>Di solito non è "
                "possibile assumere come lavoratore domestico il proprio coniuge o un parente "
                "che vive in casa. Nei casi dubbi chiedi a un patronato o allo sportello.</p>",
            ),
            ("heading", "Il contratto collettivo"),
            (
                "paragraph",
                "<p>Il rapporto di lavoro segue il <strong>Contratto collettivo nazionale sulla "
                "disciplina del rapporto di lavoro domestico</strong> (CCNL lavoro domestico). "
                "Il CCNL stabilisce livelli, orari, riposi, paga minima, ferie, malattia e "
                "preavviso. Nel contratto individuale si possono dare condizioni migliori, mai "
                "peggiori.</p>",
            ),
            ("heading", "I passaggi per assumere"),
            (
                "steps",
                [
                    {
                        "title": "Scegli livello e orario",
                        "text": (
                            "<p>Decidi per quante ore serve l'aiuto, se la lavoratrice vivrà in "
                            "casa (convivente) o no, e quale livello del CCNL corrisponde alle "
                            "mansioni.</p>"
                        ),
                    },
                    {
                        "title": "Prepara i dati",
                        "text": (
                            "<p>Servono il codice fiscale e un documento del datore di lavoro e "
                            "della lavoratrice. Se la lavoratrice è cittadina di un Paese non UE, "
                            "serve un permesso di soggiorno che permette di lavorare.</p>"
                        ),
                    },
                    {
                        "title": "Fai la comunicazione all'INPS",
                        "text": (
                            "<p>La comunicazione di assunzione va fatta <strong>entro le ore 24 "
                            "del giorno prima</strong> dell'inizio del lavoro. Puoi farla online "
                            'sul <a href="https://www.inps.it">sito dell\'INPS</a> con SPID, CIE '
                            "o CNS, tramite il Contact center INPS, oppure con l'aiuto di un "
                            "patronato o di un'associazione dei datori di lavoro domestico.</p>"
                        ),
                    },
                    {
                        "title": "Firmate la lettera di assunzione",
                        "text": (
                            "<p>Scrivete la lettera in due copie, una per ciascuno, e firmatela "
                            "il primo giorno di lavoro o prima.</p>"
                        ),
                    },
                    {
                        "title": "Paga e versa i contributi",
                        "text": (
                            "<p>Ogni mese paga lo stipendio e consegna il prospetto paga. Ogni "
                            "tre mesi paga i contributi INPS con l'avviso pagoPA.</p>"
                        ),
                    },
                ],
            ),
            ("heading", "Cosa scrivere nella lettera di assunzione"),
            (
                "paragraph",
                "<p>La lettera di assunzione è obbligatoria secondo il CCNL. Deve contenere "
                "almeno:</p><ul><li>data di inizio del rapporto e, se c'è, data di "
                "fine;</li><li>livello e mansioni;</li><li>convivenza o non "
                "convivenza;</li><li>orario di lavoro e sua distribuzione nella "
                "settimana;</li><li>giorno o giorni di riposo settimanale;</li><li>retribuzione "
                "lorda e voci che la compongono;</li><li>luogo di lavoro;</li><li>durata del "
                "periodo di prova;</li><li>per le conviventi, la descrizione dell'alloggio e del "
                "vitto.</li></ul><p>Scrivi anche che il rapporto segue il CCNL lavoro "
                "domestico.</p>",
            ),
            ("heading", "Il periodo di prova"),
            (
                "paragraph",
                "<p>Il periodo di prova è pagato normalmente. Dura <strong>30 giorni di lavoro "
                "effettivo</strong> per i livelli D e DS e per le lavoratrici conviventi, "
                "<strong>8 giorni di lavoro effettivo</strong> negli altri casi. Durante la "
                "prova ciascuno può interrompere il rapporto senza preavviso. I giorni lavorati "
                "vanno comunque pagati.</p>",
            ),
            (
                "callout",
                {
                    "tone": "info",
                    "title": "Ti aiutiamo noi",
                    "text": (
                        "<p>Gli sportelli della rete ti aiutano gratis a scegliere il livello, a "
                        "preparare la lettera di assunzione e a fare la comunicazione all'INPS. "
                        "Cerca lo sportello più vicino nella pagina della tua rete "
                        "territoriale.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "livelli-e-orario-di-lavoro",
        "title": "Livelli di inquadramento e orario di lavoro",
        "intro": (
            "Quale livello scegliere, quante ore si possono lavorare e quali riposi spettano, in "
            "parole semplici."
        ),
        "topic": "levels_hours",
        "blocks": [
            (
                "paragraph",
                "<p>Il CCNL lavoro domestico divide i lavoratori in <strong>quattro "
                "livelli</strong>: A, B, C e D. Ogni livello ha anche un livello «super» (AS, "
                "BS, CS, DS). Il livello dipende dalle mansioni e dall'esperienza, e decide la "
                "paga minima.</p>",
            ),
            (
                "table",
                {
                    "caption": "I livelli del CCNL lavoro domestico",
                    "header": ["Livello", "Chi è", "Esempi"],
                    "rows": [
                        [
                            "A",
                            "Collaboratore generico con poca esperienza (meno di 12 mesi), che "
                            "non assiste persone",
                            "Pulizie, lavanderia, aiuto in cucina",
                        ],
                        [
                            "AS",
                            "Addetto alla sola compagnia",
                            "Compagnia a una persona autosufficiente, senza altre mansioni",
                        ],
                        [
                            "B",
                            "Collaboratore generico polifunzionale",
                            "Pulizie, cucina, stiro, cura della casa",
                        ],
                        [
                            "BS",
                            "Assistente a persone autosufficienti",
                            "Aiuto a una persona anziana autosufficiente, cura di bambini",
                        ],
                        ["C", "Collaboratore con competenze specifiche", "Cuoco"],
                        [
                            "CS",
                            "Assistente a persone non autosufficienti, senza formazione specifica",
                            "Assistenza a una persona che non può vivere da sola",
                        ],
                        [
                            "D",
                            "Lavoratore con responsabilità di gestione",
                            "Governante, amministratore dei beni di famiglia, capo cuoco",
                        ],
                        [
                            "DS",
                            "Assistente a persone non autosufficienti formato",
                            "Assistente con qualifica o formazione riconosciuta",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Chi assiste una persona non autosufficiente è di solito inquadrato nel "
                "livello <strong>CS</strong>. Con un titolo di formazione nel settore, per "
                "esempio la qualifica di assistente familiare, può passare al livello "
                "<strong>DS</strong>, con una paga minima più alta.</p>",
            ),
            ("heading", "Orario: conviventi e non conviventi"),
            (
                "paragraph",
                "<p>La lavoratrice <strong>convivente</strong> vive nella casa della famiglia. "
                "Può lavorare al massimo <strong>10 ore al giorno non consecutive</strong> e "
                "<strong>54 ore alla settimana</strong>. Esiste anche la convivenza a tempo "
                "parziale, fino a 30 ore alla settimana, solo in alcuni casi.</p><p>La "
                "lavoratrice <strong>non convivente</strong> può lavorare al massimo <strong>8 "
                "ore al giorno non consecutive</strong> e <strong>40 ore alla "
                "settimana</strong>, su cinque o sei giorni.</p><p>Le ore in più sono lavoro "
                "straordinario. Si fanno solo se servono davvero e sono pagate di più.</p>",
            ),
            ("heading", "Riposi"),
            (
                "paragraph",
                "<ul><li><strong>Riposo giornaliero</strong>: la convivente ha diritto a 11 ore "
                "consecutive di riposo nella giornata. Se lavora a tempo pieno, ha diritto anche "
                "a una pausa di almeno 2 ore, di solito nel pomeriggio.</li><li><strong>Riposo "
                "settimanale</strong>: la convivente ha diritto a 36 ore, di cui 24 la domenica "
                "e 12 in un altro giorno concordato. La non convivente riposa 24 ore la "
                "domenica.</li><li>Chi per motivi religiosi ha un giorno di riposo diverso dalla "
                "domenica può concordarlo con il datore di lavoro.</li></ul>",
            ),
            ("heading", "Assistenza di notte"),
            (
                "paragraph",
                "<p>Il CCNL distingue due casi. La <strong>presenza notturna</strong> è la sola "
                "presenza in casa di notte, con interventi solo occasionali. "
                "L'<strong>assistenza notturna</strong> è un vero lavoro di cura di notte, per "
                "esempio con una persona che si sveglia spesso. Per entrambi i casi ci sono "
                "regole e compensi specifici nelle tabelle del CCNL. La lavoratrice deve avere "
                "un posto adatto per dormire e riposare.</p>",
            ),
            (
                "callout",
                {
                    "tone": "info",
                    "title": "Scrivi tutto nella lettera di assunzione",
                    "text": (
                        "<p>Livello, orario, giorni di riposo ed eventuale assistenza notturna "
                        "vanno scritti nella lettera di assunzione. Se le mansioni cambiano, "
                        "aggiorna il livello e avvisa l'INPS con una comunicazione di "
                        "variazione.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "retribuzione-e-contributi",
        "title": "Retribuzione e contributi",
        "intro": (
            "Paga minima, busta paga, tredicesima e contributi INPS: cosa deve fare la famiglia e "
            "quando."
        ),
        "topic": "pay_contributions",
        "blocks": [
            ("heading", "La paga minima"),
            (
                "paragraph",
                "<p>La paga minima dipende dal livello, dall'orario e dalla convivenza. Ogni "
                "anno una commissione nazionale presso il Ministero del Lavoro aggiorna le "
                "<strong>tabelle dei minimi retributivi</strong>. Per questo non trovi qui degli "
                "importi: controlla sempre la tabella in vigore, sul sito del Ministero o presso "
                "lo sportello.</p><p>Le parti possono concordare una paga più alta del minimo, "
                "mai più bassa. Ogni due anni di servizio presso lo stesso datore di lavoro la "
                "paga aumenta con uno <strong>scatto di anzianità</strong>.</p><p>Per la "
                "lavoratrice convivente, vitto e alloggio fanno parte della retribuzione. Il "
                "loro valore convenzionale è indicato nelle stesse tabelle.</p>",
            ),
            ("heading", "Il prospetto paga"),
            (
                "paragraph",
                "<p>A ogni pagamento il datore di lavoro consegna un <strong>prospetto "
                "paga</strong> (busta paga) in due copie. Una copia firmata resta alla famiglia, "
                "l'altra alla lavoratrice. Nel prospetto ci sono: ore lavorate, paga base, "
                "scatti di anzianità, eventuali straordinari, trattenute per i contributi a "
                "carico della lavoratrice.</p><p>Paga sempre con un mezzo tracciabile, per "
                "esempio un bonifico. Così entrambi avete una prova del pagamento.</p>",
            ),
            ("heading", "La tredicesima"),
            (
                "paragraph",
                "<p>Nel mese di <strong>dicembre</strong> la lavoratrice riceve la tredicesima "
                "mensilità, pari a una mensilità di paga. Se il rapporto è iniziato durante "
                "l'anno o finisce prima di dicembre, la tredicesima si paga in proporzione ai "
                "mesi lavorati.</p>",
            ),
            ("heading", "I contributi INPS"),
            (
                "paragraph",
                "<p>I contributi si pagano <strong>ogni tre mesi</strong> con un avviso "
                "<strong>pagoPA</strong>. L'avviso si crea sul "
                '<a href="https://www.inps.it">sito dell\'INPS</a> con il codice del rapporto '
                "di lavoro. Puoi pagarlo online, in banca, alle Poste, in tabaccheria o negli "
                "altri punti pagoPA. Una piccola parte dei contributi è a carico della "
                "lavoratrice: il datore di lavoro la trattiene dalla paga.</p>",
            ),
            (
                "table",
                {
                    "caption": "Scadenze per il pagamento dei contributi INPS",
                    "header": ["Trimestre", "Periodo di lavoro", "Pagamento"],
                    "rows": [
                        ["Primo", "gennaio, febbraio, marzo", "dal 1 al 10 aprile"],
                        ["Secondo", "aprile, maggio, giugno", "dal 1 al 10 luglio"],
                        ["Terzo", "luglio, agosto, settembre", "dal 1 al 10 ottobre"],
                        [
                            "Quarto",
                            "ottobre, novembre, dicembre",
                            "dal 1 al 10 gennaio dell'anno dopo",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Se il rapporto finisce, i contributi dell'ultimo periodo si pagano "
                "<strong>entro 10 giorni</strong> dalla fine del rapporto. Se la scadenza cade "
                "in un giorno festivo, si paga il primo giorno lavorativo "
                "successivo.</p><p>Insieme ai contributi INPS si paga il contributo per la "
                "<strong>Cassa Colf</strong> (Cas.Sa.Colf), la cassa di assistenza sanitaria del "
                "settore. La cassa offre alcune prestazioni alle lavoratrici e ai datori di "
                "lavoro iscritti, per esempio un aiuto in caso di ricovero.</p>",
            ),
            ("heading", "Agevolazioni fiscali per la famiglia"),
            (
                "paragraph",
                "<p>Il datore di lavoro può <strong>dedurre dal reddito</strong> la parte dei "
                "contributi INPS a suo carico, fino a 1.549,37 euro all'anno. Se la persona "
                "assistita non è autosufficiente, c'è anche una <strong>detrazione</strong> per "
                "le spese di assistenza personale, con limiti di spesa e di reddito. Le regole "
                "fiscali possono cambiare: prima della dichiarazione dei redditi chiedi a un "
                "CAF.</p>",
            ),
            (
                "callout",
                {
                    "tone": "warning",
                    "title": "Conserva i documenti",
                    "text": (
                        "<p>Conserva per almeno cinque anni i prospetti paga firmati e le "
                        "ricevute pagoPA. Ti servono per la dichiarazione dei redditi, per i "
                        "controlli e per la domanda di contributo regionale.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "ferie-malattia-e-tfr",
        "title": "Ferie, malattia e TFR",
        "intro": (
            "I diritti della lavoratrice su ferie, festività, malattia, maternità e trattamento "
            "di fine rapporto."
        ),
        "topic": "holidays_severance",
        "blocks": [
            ("heading", "Ferie"),
            (
                "paragraph",
                "<p>Ogni anno di lavoro dà diritto a <strong>26 giorni lavorativi di "
                "ferie</strong>, per tutti i livelli e per qualsiasi orario. Chi lavora solo una "
                "parte dell'anno matura le ferie in proporzione. Le date si concordano tra "
                "famiglia e lavoratrice. Le ferie si possono dividere al massimo in due periodi "
                "all'anno.</p><p>La lavoratrice straniera può chiedere di unire le ferie di più "
                "anni per tornare nel suo Paese. Durante le ferie la paga continua. La "
                "convivente riceve anche il valore di vitto e alloggio.</p>",
            ),
            ("heading", "Festività"),
            (
                "paragraph",
                "<p>Le festività nazionali e la festa del santo patrono del Comune sono giorni "
                "di riposo pagati. Se la lavoratrice lavora in un giorno festivo, ha diritto a "
                "una paga in più. Se la festività cade di domenica, ha diritto a un giorno di "
                "riposo in un altro giorno o a una paga in più.</p>",
            ),
            ("heading", "Malattia"),
            (
                "paragraph",
                "<p>In caso di malattia la lavoratrice deve <strong>avvisare subito</strong> il "
                "datore di lavoro, prima dell'inizio dell'orario di lavoro. Poi deve dare al "
                "datore di lavoro il numero del certificato medico. Nel lavoro domestico l'INPS "
                "<strong>non paga</strong> la malattia: la paga il datore di lavoro, per un "
                "numero limitato di giorni all'anno.</p>",
            ),
            (
                "table",
                {
                    "caption": "Malattia: giorni pagati e conservazione del posto",
                    "header": [
                        "Anzianità presso la famiglia",
                        "Giorni pagati all'anno",
                        "Conservazione del posto",
                    ],
                    "rows": [
                        ["Fino a 6 mesi", "8 giorni", "10 giorni di calendario"],
                        ["Da 6 mesi a 2 anni", "10 giorni", "45 giorni di calendario"],
                        ["Oltre 2 anni", "15 giorni", "180 giorni di calendario"],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>I primi 3 giorni di malattia sono pagati al 50%, dal quarto giorno al "
                "100%.</p>",
            ),
            ("heading", "Maternità"),
            (
                "paragraph",
                "<p>La lavoratrice incinta ha diritto al <strong>congedo di maternità</strong>: "
                "di regola 2 mesi prima e 3 mesi dopo il parto. In questo periodo riceve "
                "un'indennità dall'INPS, se ha abbastanza contributi. Dall'inizio della "
                "gravidanza fino alla fine del congedo di maternità non può essere licenziata, "
                "salvo giusta causa.</p>",
            ),
            ("heading", "Il TFR"),
            (
                "paragraph",
                "<p>Il <strong>trattamento di fine rapporto</strong> (TFR) è una somma che la "
                "lavoratrice matura ogni anno. Per ogni anno si accantona la paga annua, "
                "tredicesima compresa, divisa per 13,5. Ogni anno la somma accantonata viene "
                "rivalutata. Il TFR si paga alla fine del rapporto, per qualsiasi motivo "
                "finisca.</p>",
            ),
            (
                "faq",
                [
                    {
                        "question": "Si possono pagare le ferie invece di farle?",
                        "answer": (
                            "<p>No. Le ferie servono a riposare e vanno fatte. Solo alla fine del "
                            "rapporto le ferie non godute si pagano in denaro.</p>"
                        ),
                    },
                    {
                        "question": "Se la lavoratrice si ammala durante le ferie?",
                        "answer": (
                            "<p>Se la malattia è certificata e impedisce il riposo, le ferie si "
                            "interrompono. I giorni di ferie non goduti si recuperano dopo.</p>"
                        ),
                    },
                    {
                        "question": "Si può avere il TFR prima della fine del rapporto?",
                        "answer": (
                            "<p>Sì, come anticipo. La lavoratrice può chiedere un anticipo fino "
                            "al 70% del TFR maturato, non più di una volta all'anno.</p>"
                        ),
                    },
                    {
                        "question": "Chi paga la maternità?",
                        "answer": (
                            "<p>L'INPS, direttamente alla lavoratrice, se ci sono i requisiti di "
                            "contribuzione. La domanda si fa all'INPS, anche con un patronato.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
    {
        "slug": "cessazione-del-rapporto-di-lavoro",
        "title": "Cessazione del rapporto di lavoro",
        "intro": (
            "Dimissioni, licenziamento, preavviso e ultima paga: cosa fare quando il rapporto di "
            "lavoro finisce."
        ),
        "topic": "termination",
        "blocks": [
            (
                "paragraph",
                "<p>Il rapporto di lavoro domestico può finire per decisione della lavoratrice "
                "(<strong>dimissioni</strong>) o della famiglia "
                "(<strong>licenziamento</strong>). Può finire anche per la scadenza di un "
                "contratto a termine o per la morte della persona assistita. In tutti i casi ci "
                "sono alcune regole da rispettare.</p>",
            ),
            ("heading", "Dimissioni"),
            (
                "paragraph",
                "<p>La lavoratrice può dimettersi in qualsiasi momento. È meglio farlo per "
                "iscritto, con una lettera firmata e datata. Nel lavoro domestico <strong>non "
                "serve la procedura online</strong> prevista per gli altri settori. Chi si "
                "dimette deve dare il preavviso, ma per le dimissioni i giorni di preavviso sono "
                "la metà di quelli indicati nella tabella.</p>",
            ),
            ("heading", "Licenziamento"),
            (
                "paragraph",
                "<p>Nel lavoro domestico la famiglia può licenziare senza indicare un motivo, ma "
                "deve rispettare il preavviso. Senza preavviso si può licenziare solo per "
                "<strong>giusta causa</strong>, cioè per un fatto grave. Non è possibile "
                "licenziare una lavoratrice dall'inizio della gravidanza fino alla fine del "
                "congedo di maternità, salvo giusta causa. Consegna sempre il licenziamento per "
                "iscritto.</p>",
            ),
            (
                "table",
                {
                    "caption": "Preavviso in caso di licenziamento",
                    "header": ["Orario settimanale", "Anzianità presso la famiglia", "Preavviso"],
                    "rows": [
                        ["25 ore o più", "fino a 5 anni", "15 giorni di calendario"],
                        ["25 ore o più", "oltre 5 anni", "30 giorni di calendario"],
                        ["meno di 25 ore", "fino a 2 anni", "8 giorni di calendario"],
                        ["meno di 25 ore", "oltre 2 anni", "15 giorni di calendario"],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Se il preavviso non viene rispettato, chi interrompe il rapporto deve pagare "
                "all'altra parte un'<strong>indennità</strong> pari alla paga dei giorni di "
                "preavviso mancanti.</p>",
            ),
            ("heading", "Se muore la persona assistita"),
            (
                "paragraph",
                "<p>La morte della persona assistita non chiude automaticamente il rapporto. Se "
                "il datore di lavoro era un familiare, è lui che decide se continuare o "
                "licenziare con preavviso. Se il datore di lavoro era la persona assistita, il "
                "rapporto può essere chiuso dagli eredi rispettando il preavviso. I familiari "
                "che vivevano con il datore di lavoro rispondono insieme dei crediti della "
                "lavoratrice.</p><p>La lavoratrice convivente lascia l'alloggio alla fine del "
                "preavviso. Se il preavviso non viene dato, è giusto concordare un tempo "
                "ragionevole per trovare un'altra sistemazione.</p>",
            ),
            ("heading", "Le comunicazioni e l'ultima paga"),
            (
                "steps",
                [
                    {
                        "title": "Comunica la fine del rapporto all'INPS",
                        "text": (
                            "<p>Il datore di lavoro deve fare la comunicazione di cessazione "
                            "<strong>entro 5 giorni</strong>, online sul "
                            "<a href=\"https://www.inps.it\">sito dell'INPS</a> o con l'aiuto di "
                            "un patronato.</p>"
                        ),
                    },
                    {
                        "title": "Paga gli ultimi contributi",
                        "text": (
                            "<p>I contributi dell'ultimo periodo si pagano con pagoPA "
                            "<strong>entro 10 giorni</strong> dalla fine del rapporto.</p>"
                        ),
                    },
                    {
                        "title": "Prepara l'ultima busta paga",
                        "text": (
                            "<p>L'ultima paga comprende: giorni lavorati, ratei di tredicesima, "
                            "ferie non godute, TFR ed eventuale indennità di preavviso. Consegna "
                            "il prospetto firmato.</p>"
                        ),
                    },
                ],
            ),
            (
                "callout",
                {
                    "tone": "warning",
                    "title": "Non dimenticare la comunicazione all'INPS",
                    "text": (
                        "<p>Se la cessazione non viene comunicata, per l'INPS il rapporto è "
                        "ancora in corso. La famiglia rischia sanzioni e la lavoratrice può avere "
                        "problemi con la disoccupazione (NASpI) o con il rinnovo del permesso di "
                        "soggiorno. In caso di dubbio, chiedi aiuto allo sportello prima di "
                        "chiudere il rapporto.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "permesso-di-soggiorno-lavoro-domestico",
        "title": "Permesso di soggiorno per lavoro domestico",
        "intro": (
            "Informazioni generali su permesso di soggiorno, rinnovo e decreto flussi per chi "
            "lavora nell'assistenza familiare."
        ),
        "topic": "residence_permit",
        "blocks": [
            (
                "callout",
                {
                    "tone": "warning",
                    "title": "Le regole cambiano spesso",
                    "text": (
                        "<p>Questa pagina dà solo informazioni generali. Le norme "
                        "sull'immigrazione cambiano spesso. Prima di presentare una domanda, "
                        "verifica sempre le informazioni aggiornate presso la Questura, la "
                        "Prefettura o un patronato, e sul "
                        '<a href="https://www.portaleimmigrazione.it">Portale '
                        "Immigrazione</a>.</p>"
                    ),
                },
            ),
            ("heading", "Chi ha bisogno del permesso di soggiorno"),
            (
                "paragraph",
                "<p>I cittadini dell'Unione europea, per esempio di Romania, Bulgaria o Polonia, "
                "<strong>non hanno bisogno</strong> del permesso di soggiorno per lavorare in "
                "Italia. Se restano più di tre mesi devono iscriversi all'anagrafe del "
                "Comune.</p><p>I cittadini di Paesi non UE possono lavorare solo con un permesso "
                "di soggiorno valido che permette di lavorare. Per esempio: permesso per lavoro "
                "subordinato, per motivi familiari, per protezione internazionale, per "
                "protezione temporanea, oppure il permesso UE per soggiornanti di lungo periodo. "
                "Non tutti i permessi permettono di lavorare: se hai dubbi, chiedi prima di "
                "firmare il contratto.</p>",
            ),
            ("heading", "Il rinnovo"),
            (
                "paragraph",
                "<p>Il rinnovo va chiesto <strong>prima della scadenza</strong>, di regola "
                "almeno 60 giorni prima. Per il permesso per lavoro subordinato la domanda si "
                "presenta con il kit postale, negli uffici postali abilitati. I patronati "
                "aiutano gratis a compilarlo. Con la ricevuta della domanda la lavoratrice può "
                "continuare a lavorare mentre aspetta il nuovo permesso.</p><p>Di solito "
                "servono: passaporto, permesso in scadenza, copia della comunicazione di "
                "assunzione all'INPS, ultimi prospetti paga e ricevute dei contributi. L'elenco "
                "preciso è nelle istruzioni del kit. Lo stato della pratica si controlla sul "
                "Portale Immigrazione.</p>",
            ),
            ("heading", "Cosa deve fare la famiglia"),
            (
                "paragraph",
                "<ul><li>Assumere con un contratto regolare e fare la comunicazione "
                "all'INPS.</li><li>Pagare i contributi alle scadenze.</li><li>Dare alla "
                "lavoratrice copia della comunicazione di assunzione, dei prospetti paga e delle "
                "ricevute pagoPA.</li><li>Se la lavoratrice è convivente, dichiarare che le "
                "offre l'alloggio, quando richiesto.</li></ul>",
            ),
            ("heading", "Il decreto flussi"),
            (
                "paragraph",
                "<p>Per far entrare in Italia una lavoratrice che oggi vive all'estero, la "
                "famiglia deve chiedere un <strong>nulla osta al lavoro</strong> allo Sportello "
                "unico per l'immigrazione della Prefettura. Si può fare solo nei periodi e con "
                "le quote stabilite dal <strong>decreto flussi</strong>, che prevede anche quote "
                "per il lavoro domestico e l'assistenza familiare. La domanda si presenta "
                "online. Il datore di lavoro deve avere un reddito sufficiente, secondo le "
                "regole in vigore. Informazioni aggiornate sono sul sito del "
                '<a href="https://www.lavoro.gov.it">Ministero del Lavoro</a>.</p>',
            ),
            (
                "faq",
                [
                    {
                        "question": "A chi posso chiedere aiuto?",
                        "answer": (
                            "<p>Ai patronati, agli sportelli della rete e agli sportelli per "
                            "stranieri dei Comuni. Per le pratiche ufficiali sono competenti la "
                            "Questura e lo Sportello unico per l'immigrazione della "
                            "Prefettura.</p>"
                        ),
                    },
                    {
                        "question": (
                            "Il permesso è scaduto e ho chiesto il rinnovo. Posso lavorare?"
                        ),
                        "answer": (
                            "<p>Sì, se hai chiesto il rinnovo nei tempi previsti e hai la "
                            "ricevuta. Conserva sempre la ricevuta con il permesso scaduto.</p>"
                        ),
                    },
                    {
                        "question": "Qualcuno mi chiede soldi per «fare i documenti». È normale?",
                        "answer": (
                            "<p>No. Diffida di chi promette permessi in cambio di denaro. Le "
                            "pratiche si fanno solo presso gli uffici pubblici, con i costi "
                            "ufficiali. I patronati aiutano gratis.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
    {
        "slug": "riconoscimento-delle-competenze",
        "title": "Il percorso di riconoscimento delle competenze",
        "intro": (
            "Se lavori già come assistente familiare, puoi far riconoscere le competenze che hai "
            "imparato con l'esperienza."
        ),
        "topic": "skills_path",
        "blocks": [
            (
                "paragraph",
                "<p>Molte assistenti familiari sanno già fare bene il loro lavoro, ma non hanno "
                "un titolo che lo dimostra. Il percorso di riconoscimento serve proprio a "
                "questo: rendere visibile quello che sai fare. Il percorso è "
                "<strong>gratuito</strong> e si basa sul profilo di assistente familiare della "
                "Regione Piemonte.</p>",
            ),
            ("heading", "Come funziona, passo per passo"),
            (
                "steps",
                [
                    {
                        "title": "Presenta la domanda",
                        "text": (
                            "<p>Compila la domanda online dal portale. Se hai bisogno di aiuto, "
                            "vai a uno sportello della rete: le operatrici compilano la domanda "
                            "con te.</p>"
                        ),
                    },
                    {
                        "title": "Analisi del curriculum e colloquio",
                        "text": (
                            "<p>Un'operatrice legge il tuo curriculum e ti incontra per un "
                            "colloquio. Parlate delle famiglie per cui hai lavorato, delle "
                            "persone che hai assistito e dei corsi che hai fatto. Puoi portare "
                            "lettere di referenza, contratti e attestati.</p>"
                        ),
                    },
                    {
                        "title": "Individuazione delle competenze",
                        "text": (
                            "<p>Insieme all'operatrice confronti la tua esperienza con le "
                            "competenze del profilo di assistente familiare. Alla fine ricevi un "
                            "documento che dice quali competenze sembrano già presenti e quali "
                            "mancano.</p>"
                        ),
                    },
                    {
                        "title": "Prova pratica",
                        "text": (
                            "<p>Le competenze vengono verificate con una "
                            "<strong>simulazione</strong> in un laboratorio attrezzato. Per "
                            "esempio: aiutare una persona a passare dal letto alla sedia, "
                            "preparare un pasto adatto a una dieta, reagire a un malore. Ti "
                            "osserva una commissione di esperti.</p>"
                        ),
                    },
                    {
                        "title": "Certificazione delle competenze",
                        "text": (
                            "<p>Se la prova va bene, ricevi un <strong>certificato di "
                            "competenze</strong> valido in tutta Italia. Se hai dimostrato tutte "
                            "le competenze del profilo, puoi ottenere la qualifica completa.</p>"
                        ),
                    },
                ],
            ),
            ("heading", "Se manca qualche competenza"),
            (
                "paragraph",
                "<p>Non è un problema. Le competenze mancanti si possono acquisire con i "
                "<strong>moduli formativi gratuiti</strong> della rete, per esempio «Primo "
                "soccorso domestico», «Mobilizzazione e trasferimenti in sicurezza» o «Demenze e "
                "comunicazione». Dopo il modulo puoi completare la certificazione, senza rifare "
                "tutto il percorso.</p>",
            ),
            (
                "callout",
                {
                    "tone": "success",
                    "title": "Un vantaggio per te e per la famiglia",
                    "text": (
                        "<p>Con la certificazione puoi chiedere l'inquadramento al livello DS, se "
                        "assisti una persona non autosufficiente. La famiglia per cui lavori può "
                        "chiedere un contributo per pagare una sostituta nei giorni in cui "
                        "partecipi alla prova o ai corsi.</p>"
                    ),
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Quanto dura il percorso?",
                        "answer": (
                            "<p>Di solito da due a quattro mesi, secondo il calendario delle "
                            "prove e dei moduli.</p>"
                        ),
                    },
                    {
                        "question": "Devo parlare bene l'italiano?",
                        "answer": (
                            "<p>Serve un italiano sufficiente per lavorare, almeno di livello A2. "
                            "Durante il colloquio può esserci una mediatrice linguistica. Se "
                            "serve, puoi seguire prima il corso «Italiano per il lavoro di "
                            "cura».</p>"
                        ),
                    },
                ],
            ),
        ],
    },
    {
        "slug": "contributi-per-le-famiglie",
        "title": "Contributi per le famiglie",
        "intro": (
            "Due contributi regionali per le famiglie che assumono un'assistente familiare con un "
            "contratto regolare."
        ),
        "topic": "subsidies",
        "blocks": [
            (
                "paragraph",
                "<p>La Regione Piemonte, attraverso il programma, sostiene le famiglie che "
                "scelgono il lavoro regolare. Ci sono due contributi: l'<strong>incentivo alla "
                "regolarizzazione</strong> e il <strong>contributo per la sostituzione "
                "temporanea</strong>. Importi, fasce ISEE e scadenze sono indicati nell'avviso "
                "pubblicato sul portale e sul sito della "
                '<a href="https://www.regione.piemonte.it">Regione Piemonte</a>.</p>',
            ),
            ("heading", "Incentivo alla regolarizzazione"),
            (
                "paragraph",
                "<p>È un contributo per le famiglie che <strong>assumono</strong> un'assistente "
                "familiare con un contratto regolare secondo il CCNL lavoro domestico. Vale per "
                "le nuove assunzioni e per chi trasforma un rapporto irregolare in un rapporto "
                "regolare. Aiuta a pagare una parte del costo dei primi mesi, compresi i "
                "contributi.</p>",
            ),
            ("heading", "Contributo per la sostituzione temporanea"),
            (
                "paragraph",
                "<p>Quando l'assistente familiare partecipa alla prova di riconoscimento delle "
                "competenze o a un corso, la persona assistita non può restare da sola. Questo "
                "contributo aiuta la famiglia a pagare una <strong>sostituta</strong> per quelle "
                "ore. Anche la sostituta deve essere assunta regolarmente, oppure fornita da una "
                "cooperativa o da un'agenzia autorizzata.</p>",
            ),
            ("heading", "Chi può chiedere i contributi"),
            (
                "paragraph",
                "<ul><li>Il datore di lavoro, cioè la persona assistita o un suo "
                "familiare.</li><li>La persona assistita deve vivere in Piemonte.</li><li>Serve "
                "un ISEE in corso di validità, entro la fascia indicata "
                "nell'avviso.</li><li>Serve un contratto regolare secondo il CCNL lavoro "
                "domestico e la comunicazione di assunzione all'INPS.</li></ul>",
            ),
            ("heading", "Come fare la domanda"),
            (
                "steps",
                [
                    {
                        "title": "Accedi al portale",
                        "text": "<p>Entra nell'area riservata con SPID, CIE o CNS.</p>",
                    },
                    {
                        "title": "Compila la domanda",
                        "text": (
                            "<p>Scegli il contributo e inserisci i dati del datore di lavoro, "
                            "della persona assistita e della lavoratrice.</p>"
                        ),
                    },
                    {
                        "title": "Carica i documenti",
                        "text": (
                            "<p>Carica la comunicazione di assunzione all'INPS, la lettera di "
                            "assunzione e, per la sostituzione, il calendario della prova o del "
                            "corso.</p>"
                        ),
                    },
                    {
                        "title": "Invia e conserva la ricevuta",
                        "text": (
                            "<p>Dopo l'invio ricevi una e-mail con il numero di protocollo. Puoi "
                            "seguire lo stato della domanda nell'area riservata.</p>"
                        ),
                    },
                ],
            ),
            (
                "faq",
                [
                    {
                        "question": "Non ho SPID. Come faccio?",
                        "answer": (
                            "<p>Vai a uno sportello della rete. Un'operatrice ti aiuta a "
                            "presentare la domanda. Un familiare può presentarla per te con una "
                            "delega.</p>"
                        ),
                    },
                    {
                        "question": "Posso chiedere tutti e due i contributi?",
                        "answer": (
                            "<p>Sì, se hai i requisiti per entrambi. Sono contributi diversi, con "
                            "domande separate.</p>"
                        ),
                    },
                    {
                        "question": "Quando arrivano i soldi?",
                        "answer": (
                            "<p>Dopo i controlli sulla domanda. Il contributo arriva con un "
                            "bonifico sul conto indicato nella domanda, intestato al datore di "
                            "lavoro.</p>"
                        ),
                    },
                    {
                        "question": "Cosa succede se il rapporto di lavoro finisce presto?",
                        "answer": (
                            "<p>Dipende dalle regole dell'avviso. In alcuni casi il contributo "
                            "viene ridotto. Avvisa subito lo sportello se il rapporto finisce.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
]

STANDARD_PAGES: list[dict] = [
    {
        "slug": "chi-siamo",
        "title": "Chi siamo",
        "intro": (
            "Un programma della Regione Piemonte per un lavoro di cura a casa regolare, sicuro e "
            "di qualità."
        ),
        "blocks": [
            (
                "paragraph",
                "<p>In Piemonte migliaia di famiglie assistono a casa una persona anziana o con "
                "disabilità con l'aiuto di un'assistente familiare. Questo programma vuole "
                "aiutare le famiglie a trovare persone preparate e a usare un contratto "
                "regolare. Vuole anche aiutare le assistenti familiari, molte delle quali sono "
                "arrivate da altri Paesi, a far riconoscere le loro competenze e a crescere nel "
                "lavoro.</p>",
            ),
            ("heading", "Come funziona il programma"),
            (
                "paragraph",
                "<p>Il programma è promosso e coordinato dalla <strong>Regione "
                "Piemonte</strong>. È finanziato con risorse regionali e con il Fondo sociale "
                "europeo Plus (FSE+). Sul territorio lavorano <strong>otto reti "
                "territoriali</strong>, una per ogni provincia:</p><ul><li>Torino</li>"
                "<li>Alessandria</li><li>Asti</li><li>Biella</li><li>Cuneo</li><li>Novara</li>"
                "<li>Verbano-Cusio-Ossola</li><li>Vercelli</li></ul><p>Ogni rete riunisce enti "
                "pubblici e privati: Comuni e consorzi socio-assistenziali, aziende sanitarie "
                "(ASL), Centri per l'impiego, cooperative sociali, sindacati e patronati, "
                "associazioni, parrocchie e Caritas.</p>",
            ),
            ("heading", "Cosa offriamo"),
            (
                "table",
                {
                    "caption": "I servizi del programma",
                    "header": ["Servizio", "Per chi"],
                    "rows": [
                        [
                            "Sportelli di informazione e orientamento",
                            "Famiglie e assistenti familiari",
                        ],
                        [
                            "Incontro tra famiglie e assistenti familiari",
                            "Famiglie e assistenti familiari",
                        ],
                        ["Aiuto per contratto e assunzione", "Famiglie"],
                        ["Riconoscimento delle competenze", "Assistenti familiari"],
                        [
                            "Corsi e moduli gratuiti",
                            "Assistenti familiari e familiari che assistono",
                        ],
                        ["Contributi regionali", "Famiglie"],
                    ],
                },
            ),
            (
                "callout",
                {
                    "tone": "info",
                    "title": "Tutti i servizi sono gratuiti",
                    "text": (
                        "<p>Non chiediamo soldi per i colloqui, i corsi o l'aiuto con le domande. "
                        "Se qualcuno ti chiede denaro a nome del programma, avvisaci scrivendo a "
                        "info.programma@example.org.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Informativa sulla privacy",
        "intro": (
            "Come trattiamo i tuoi dati personali quando usi il portale e presenti una domanda "
            "online."
        ),
        "privacy_version": "2026-11",
        "blocks": [
            (
                "paragraph",
                "<p>Questa informativa è scritta ai sensi degli articoli 13 e 14 del Regolamento "
                "(UE) 2016/679 (GDPR). Spiega quali dati raccogliamo, perché e per quanto tempo. "
                "Versione di novembre 2026.</p>",
            ),
            ("heading", "Titolare del trattamento"),
            (
                "paragraph",
                "<p>Il titolare del trattamento è la <strong>Regione Piemonte</strong>, che "
                "gestisce il programma, con sede in piazza Piemonte 1, 10127 Torino. Contatto "
                "per la privacy: privacy.programma@example.org.</p><p>Gli enti delle reti "
                "territoriali, le agenzie formative e il fornitore tecnico del portale trattano "
                "i dati per conto della Regione, come <strong>responsabili del "
                "trattamento</strong> nominati per iscritto.</p>",
            ),
            ("heading", "Responsabile della protezione dei dati (DPO)"),
            (
                "paragraph",
                "<p>Puoi contattare il Responsabile della protezione dei dati all'indirizzo "
                "dpo.programma@example.org.</p>",
            ),
            ("heading", "Finalità e base giuridica"),
            (
                "paragraph",
                "<ul><li><strong>Gestione delle domande online</strong> (riconoscimento delle "
                "competenze, iscrizione ai corsi, contributi per le famiglie): esecuzione di un "
                "compito di interesse pubblico (art. 6, par. 1, lett. e, "
                "GDPR).</li><li><strong>Controlli, rendicontazione e verifiche sui fondi "
                "europei</strong>: obbligo di legge (art. 6, par. 1, lett. "
                "c).</li><li><strong>Dati sulla salute</strong> della persona assistita, per "
                "esempio il verbale di invalidità, solo quando servono per un contributo: motivi "
                "di interesse pubblico rilevante (art. 9, par. 2, lett. "
                "g).</li><li><strong>Newsletter e avvisi sui nuovi corsi</strong>: consenso, che "
                "puoi revocare in ogni momento (art. 6, par. 1, lett. "
                "a).</li><li><strong>Statistiche</strong> sul programma: solo con dati anonimi o "
                "aggregati.</li></ul>",
            ),
            ("heading", "Quali dati trattiamo"),
            (
                "paragraph",
                "<p>Nelle domande online possiamo chiedere: nome, cognome, codice fiscale, data "
                "e luogo di nascita, recapiti, documento d'identità, permesso di soggiorno se "
                "previsto, dati del contratto di lavoro e della comunicazione all'INPS, ISEE, "
                "IBAN per il pagamento dei contributi, esperienze di lavoro, titoli di studio ed "
                "esiti delle prove. Chiediamo solo i dati necessari. Senza i dati obbligatori "
                "non possiamo esaminare la domanda.</p><p>Non usiamo decisioni automatizzate e "
                "non trasferiamo i dati fuori dall'Unione europea.</p>",
            ),
            (
                "table",
                {
                    "caption": "Per quanto tempo conserviamo i dati",
                    "header": ["Dati", "Tempo di conservazione"],
                    "rows": [
                        [
                            "Domande online e documenti allegati",
                            "10 anni dalla chiusura del procedimento, per i controlli sui fondi "
                            "pubblici ed europei",
                        ],
                        [
                            "Account del portale",
                            "Fino alla cancellazione, oppure 24 mesi dopo l'ultimo accesso",
                        ],
                        ["Messaggi inviati agli sportelli", "12 mesi dalla risposta"],
                        ["Iscrizione alla newsletter", "Fino alla revoca del consenso"],
                        ["Log tecnici di sicurezza", "6 mesi"],
                    ],
                },
            ),
            ("heading", "I tuoi diritti"),
            (
                "paragraph",
                "<p>Puoi chiedere di accedere ai tuoi dati, correggerli, cancellarli o limitarne "
                "il trattamento, nei casi previsti dagli articoli 15-22 del GDPR. Puoi anche "
                "opporti al trattamento. Scrivi a privacy.programma@example.org. Ti rispondiamo "
                "entro 30 giorni.</p><p>Se pensi che i tuoi dati siano trattati in modo non "
                "corretto, puoi presentare un reclamo al Garante per la protezione dei dati "
                "personali.</p>",
            ),
            (
                "callout",
                {
                    "tone": "info",
                    "title": "Cookie",
                    "text": (
                        "<p>Il portale usa solo cookie tecnici, necessari per il funzionamento e "
                        "per l'accesso all'area riservata. Non usiamo cookie di profilazione.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "accessibilita",
        "title": "Dichiarazione di accessibilità",
        "intro": (
            "Vogliamo che il portale sia facile da usare per tutte le persone, anche con "
            "disabilità."
        ),
        "blocks": [
            (
                "paragraph",
                "<p>La Regione Piemonte si impegna a rendere accessibile questo portale, secondo "
                "la Legge 9 gennaio 2004, n. 4 e le Linee guida dell'Agenzia per l'Italia "
                "digitale (AgID). L'obiettivo è la conformità alle <strong>WCAG 2.1, livello "
                "AA</strong>.</p>",
            ),
            ("heading", "Stato di conformità"),
            (
                "paragraph",
                "<p>Il portale è <strong>parzialmente conforme</strong>. La maggior parte delle "
                "pagine rispetta i requisiti. Alcuni contenuti non sono ancora accessibili. Li "
                "elenchiamo qui sotto, con una soluzione alternativa.</p>",
            ),
            (
                "table",
                {
                    "caption": "Contenuti non ancora accessibili",
                    "header": ["Contenuto", "Problema", "Alternativa"],
                    "rows": [
                        [
                            "Mappa degli sportelli",
                            "La mappa non si usa bene con la tastiera e con i lettori di schermo",
                            "L'elenco degli sportelli, con indirizzi e orari, è sempre "
                            "disponibile sotto la mappa",
                        ],
                        [
                            "Alcuni avvisi in PDF",
                            "I PDF più vecchi non hanno una struttura accessibile",
                            "Il testo principale è anche nella pagina web. Su richiesta inviamo "
                            "una versione accessibile",
                        ],
                        [
                            "Video degli incontri",
                            "Alcuni video non hanno ancora i sottotitoli",
                            "Su richiesta inviamo la trascrizione",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Questa dichiarazione è stata redatta a novembre 2026, con un'autovalutazione "
                "del fornitore del portale. Verrà aggiornata almeno una volta all'anno.</p>",
            ),
            ("heading", "Segnala un problema"),
            (
                "steps",
                [
                    {
                        "title": "Scrivici",
                        "text": (
                            "<p>Se trovi una pagina o un contenuto difficile da usare, scrivi "
                            "all'indirizzo accessibilita.programma@example.org. Indica "
                            "l'indirizzo della pagina e descrivi il problema.</p>"
                        ),
                    },
                    {
                        "title": "Ricevi una risposta",
                        "text": (
                            "<p>Ti rispondiamo entro 30 giorni. Se possibile, ti mandiamo subito "
                            "il contenuto in un formato accessibile.</p>"
                        ),
                    },
                    {
                        "title": "Se la risposta non ti soddisfa",
                        "text": (
                            "<p>Se non ricevi risposta o la risposta non è soddisfacente, puoi "
                            "fare una segnalazione all'<strong>AgID</strong>, secondo la "
                            "procedura di attuazione prevista dalla legge. Il modulo è sul sito "
                            "dell'AgID.</p>"
                        ),
                    },
                ],
            ),
            (
                "callout",
                {
                    "tone": "success",
                    "title": "Aiuto allo sportello",
                    "text": (
                        "<p>Se hai difficoltà a usare il portale, puoi sempre presentare le "
                        "domande con l'aiuto di un'operatrice in uno sportello della rete.</p>"
                    ),
                },
            ),
        ],
    },
]
