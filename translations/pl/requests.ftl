# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Przydzielanie wniosków przychodzących osobom rozpatrującym wnioski
setting-approve_requests = Koordynator wniosków zatwierdza wnioski przed ich wysłaniem
setting-approve_replies = Koordynator wniosków zatwierdza odpowiedzi przed ich wysłaniem
setting-referral_participation = Uczestniczy jako koordynator wniosków w sprawach przekazanych koordynatorom
setting-coordinator_sees_details = Koordynatorzy wniosków mogą wyświetlać szczegóły wniosków (nigdy danych osobowych)

wf-pq_request = Wniosek o udzielenie informacji – kwalifikacje zawodowe
request-party-requester = Organ składający wniosek
request-party-responder = Organ udzielający odpowiedzi
request-party-requester_coordinators = Koordynatorzy wniosków organu składającego wniosek
request-party-responder_coordinators = Koordynatorzy wniosków organu udzielającego odpowiedzi
request-party-requester_coordinator = Przekazanie koordynatorom: koordynator organu składającego wniosek
request-party-responder_coordinator = Przekazanie koordynatorom: koordynator organu udzielającego odpowiedzi

request-field-answers = Pytania i odpowiedzi
request-field-proposed_deadline = Proponowany termin
request-field-deadline = Uzgodniony termin
request-field-handler = Przydzielony do
request-field-reason = Powód
request-field-further_question = Zapytanie o dodatkowe informacje
request-field-overdue = Przekroczony termin
request-field-rating_timeliness = Ocena: terminowość
request-field-rating_effort = Ocena: nakład pracy
request-field-sent_at = Data wysłania
request-field-accepted_at = Data przyjęcia
request-field-replied_at = Data odpowiedzi
request-field-closed_at = Data zamknięcia
request-input-responder = Organ udzielający odpowiedzi
request-input-to = Prześlij do
request-input-requester_coordinator = Koordynator organu składającego wniosek
request-input-responder_coordinator = Koordynator organu udzielającego odpowiedzi

request-state-draft = Wersja robocza
request-state-awaiting_approval = Oczekuje na zatwierdzenie przez koordynatora
request-state-awaiting_acceptance = Oczekuje na przyjęcie
request-state-accepted = Przyjęty, trwa przygotowywanie odpowiedzi
request-state-reply_awaiting_approval = Odpowiedź oczekuje na zatwierdzenie przez koordynatora
request-state-replied = Udzielono odpowiedzi
request-state-further_information_requested = Wystąpiono o dodatkowe informacje
request-state-cannot_provide = Nie można udzielić dodatkowych informacji
request-state-referred = Przekazany koordynatorom
request-state-closed = Zamknięty
request-state-withdrawn = Wycofany
request-state-deleted = Usunięty

request-action-create = Nowy wniosek
request-action-save = Zapisz wersję roboczą
request-action-delete_draft = Usuń wersję roboczą
request-action-send = Wyślij
request-action-approve_request = Zatwierdź wniosek
request-action-return_request = Zwróć wniosek
request-action-allocate = Przydziel osobie rozpatrującej wnioski
request-action-accept = Przyjmij
request-action-forward = Prześlij do innego organu
request-action-reply = Odpowiedz
request-action-approve_reply = Zatwierdź odpowiedź
request-action-return_reply = Zwróć odpowiedź
request-action-ask_further_information = Wystąp o dodatkowe informacje
request-action-provide_further_information = Udziel dodatkowych informacji
request-action-cannot_provide = Nie można udzielić dodatkowych informacji
request-action-refer = Przekaż koordynatorom
request-action-requester_coordinator_opts_out = Nie uczestnicz w sprawie przekazanej koordynatorom
request-action-responder_coordinator_opts_out = Nie uczestnicz w sprawie przekazanej koordynatorom
request-action-delegate_referral = Powierz osobie rozpatrującej wnioski
request-action-conclude_referral = Zakończ sprawę przekazaną koordynatorom
request-action-close = Przyjmij odpowiedź i zamknij
request-action-withdraw = Wycofaj
request-action-remind = Przypomnienie przed upływem terminu
request-action-notice_overdue = Termin upłynął

pq_request-guard-create = Oba organy muszą mieć dostęp do obszaru kwalifikacji zawodowych, a organ udzielający odpowiedzi musi być innym organem.
request-guard-deadline = Termin musi być datą przyszłą.
request-guard-allocation = Państwa organ nie przydziela wniosków przychodzących.
pq_request-guard-forward = Wniosek można przesłać wyłącznie do innego organu mającego dostęp do obszaru kwalifikacji zawodowych.
pq_request-guard-refer = Należy wybrać dla każdego z organów koordynatora wniosków w obszarze kwalifikacji zawodowych.
request-guard-rating = Należy ocenić terminowość i nakład pracy w skali od 1 do 5.

pq_request-email-incoming =
    Państwa organ otrzymał wniosek o udzielenie informacji dotyczących kwalifikacji zawodowych (wniosek { $request }).
    Organ składający wniosek prosi o odpowiedź do dnia { $deadline }.

    Aby przyjąć wniosek lub zaproponować inny termin, należy otworzyć go w systemie IMI.
    .subject = Nowy wniosek o udzielenie informacji (kwalifikacje zawodowe)
pq_request-email-approval-needed =
    Wniosek o udzielenie informacji dotyczących kwalifikacji zawodowych (wniosek { $request }) oczekuje na Państwa zatwierdzenie przed wysłaniem.
    .subject = Wniosek oczekuje na Państwa zatwierdzenie
request-email-returned =
    Wniosek { $request } został Państwu zwrócony: { $reason }
    .subject = Zwrócono Państwu wniosek
pq_request-email-allocated =
    Wniosek { $request } (kwalifikacje zawodowe) został Państwu przydzielony.
    .subject = Przydzielono Państwu wniosek
request-email-accepted =
    Państwa wniosek { $request } został przyjęty. Organ udzielający odpowiedzi odpowie do dnia { $deadline }.
    .subject = Państwa wniosek został przyjęty
request-email-forwarded =
    Państwa wniosek { $request } został przesłany do innego organu ({ $to }), który musi go teraz przyjąć.
    .subject = Państwa wniosek został przesłany do innego organu
request-email-replied =
    Udzielono odpowiedzi na Państwa wniosek { $request }. Aby zapoznać się z odpowiedzią, należy otworzyć wniosek w systemie IMI.
    .subject = Udzielono odpowiedzi na Państwa wniosek
request-email-further-information =
    Organ składający wniosek występuje o dodatkowe informacje dotyczące wniosku { $request }.
    .subject = Wystąpiono o dodatkowe informacje
request-email-cannot-provide =
    Organ udzielający odpowiedzi nie może udzielić dodatkowych informacji, o które wystąpiono w związku z wnioskiem { $request }: { $reason }
    .subject = Nie można udzielić dodatkowych informacji
request-email-referred =
    Wniosek { $request } został Państwu przekazany jako koordynatorowi wniosków. Uczestniczą Państwo w sprawie, chyba że zrezygnują Państwo z udziału.
    .subject = Przekazano Państwu wniosek
request-email-referral-delegated =
    Państwa koordynator powierzył Państwu odpowiedzialność za sprawę wniosku { $request } przekazaną koordynatorom.
    .subject = Powierzono Państwu sprawę przekazaną koordynatorom
request-email-closed =
    Organ składający wniosek zamknął wniosek { $request }.
    .subject = Wniosek został zamknięty
request-email-withdrawn =
    Organ składający wniosek wycofał wniosek { $request }: { $reason }
    .subject = Wniosek został wycofany
request-email-reminder =
    Odpowiedzi na wniosek { $request } należy udzielić do dnia { $deadline }.
    .subject = Przypomnienie: wkrótce upływa termin odpowiedzi na wniosek
request-email-overdue =
    Termin odpowiedzi na wniosek { $request } ({ $deadline }) upłynął, a odpowiedzi nie udzielono.
    .subject = Przekroczono termin odpowiedzi na wniosek

wf-services_request = Wniosek o udzielenie informacji – usługi
services_request-guard-create = Oba organy muszą mieć dostęp do obszaru usług, a organ udzielający odpowiedzi musi być innym organem.
services_request-guard-forward = Wniosek można przesłać wyłącznie do innego organu mającego dostęp do obszaru usług.
services_request-guard-refer = Należy wybrać dla każdego z organów koordynatora wniosków w obszarze usług.
services_request-email-incoming =
    Państwa organ otrzymał wniosek o udzielenie informacji dotyczących usługodawcy (wniosek { $request }).
    Organ składający wniosek prosi o odpowiedź do dnia { $deadline }.

    Aby przyjąć wniosek lub zaproponować inny termin, należy otworzyć go w systemie IMI.
    .subject = Nowy wniosek o udzielenie informacji (usługi)
services_request-email-approval-needed =
    Wniosek o udzielenie informacji dotyczących usługodawcy (wniosek { $request }) oczekuje na Państwa zatwierdzenie przed wysłaniem.
    .subject = Wniosek oczekuje na Państwa zatwierdzenie
services_request-email-allocated =
    Wniosek { $request } (usługi) został Państwu przydzielony.
    .subject = Przydzielono Państwu wniosek

request-field-personal_data_blocked = Dane osobowe zablokowane
request-action-block_personal_data = Zablokuj dane osobowe
request-action-consult_personal_data = Wyświetl zablokowane dane osobowe
request-action-purge = Usuń trwale
request-input-justification = Uzasadnienie
request-guard-justification = Dane osobowe są blokowane sześć miesięcy po zamknięciu; aby je wyświetlić, należy podać uzasadnienie o długości co najmniej 20 znaków.
