# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Przydzielanie wniosków przychodzących osobom rozpatrującym wnioski
setting-approve_requests = Koordynator wniosków zatwierdza wnioski przed ich wysłaniem
setting-approve_replies = Koordynator wniosków zatwierdza odpowiedzi przed ich wysłaniem
setting-referral_participation = Uczestniczy jako koordynator wniosków w sprawach przekazanych koordynatorom
setting-coordinator_sees_details = Koordynatorzy wniosków mogą wyświetlać szczegóły wniosków (nigdy danych osobowych)

wf-pq_request = Wniosek o udzielenie informacji – kwalifikacje zawodowe
pq_request-party-requester = Organ składający wniosek
pq_request-party-responder = Organ udzielający odpowiedzi
pq_request-party-requester_coordinators = Koordynatorzy wniosków organu składającego wniosek
pq_request-party-responder_coordinators = Koordynatorzy wniosków organu udzielającego odpowiedzi
pq_request-party-requester_coordinator = Przekazanie koordynatorom: koordynator organu składającego wniosek
pq_request-party-responder_coordinator = Przekazanie koordynatorom: koordynator organu udzielającego odpowiedzi

pq_request-field-answers = Pytania i odpowiedzi
pq_request-field-proposed_deadline = Proponowany termin
pq_request-field-deadline = Uzgodniony termin
pq_request-field-handler = Przydzielony do
pq_request-field-reason = Powód
pq_request-field-further_question = Zapytanie o dodatkowe informacje
pq_request-field-overdue = Przekroczony termin
pq_request-field-rating_timeliness = Ocena: terminowość
pq_request-field-rating_effort = Ocena: nakład pracy
pq_request-field-sent_at = Data wysłania
pq_request-field-accepted_at = Data przyjęcia
pq_request-field-replied_at = Data odpowiedzi
pq_request-field-closed_at = Data zamknięcia
pq_request-input-responder = Organ udzielający odpowiedzi
pq_request-input-to = Prześlij do
pq_request-input-requester_coordinator = Koordynator organu składającego wniosek
pq_request-input-responder_coordinator = Koordynator organu udzielającego odpowiedzi

pq_request-state-draft = Wersja robocza
pq_request-state-awaiting_approval = Oczekuje na zatwierdzenie przez koordynatora
pq_request-state-awaiting_acceptance = Oczekuje na przyjęcie
pq_request-state-accepted = Przyjęty, trwa przygotowywanie odpowiedzi
pq_request-state-reply_awaiting_approval = Odpowiedź oczekuje na zatwierdzenie przez koordynatora
pq_request-state-replied = Udzielono odpowiedzi
pq_request-state-further_information_requested = Wystąpiono o dodatkowe informacje
pq_request-state-cannot_provide = Nie można udzielić dodatkowych informacji
pq_request-state-referred = Przekazany koordynatorom
pq_request-state-closed = Zamknięty
pq_request-state-withdrawn = Wycofany
pq_request-state-deleted = Usunięty

pq_request-action-create = Nowy wniosek
pq_request-action-save = Zapisz wersję roboczą
pq_request-action-delete_draft = Usuń wersję roboczą
pq_request-action-send = Wyślij
pq_request-action-approve_request = Zatwierdź wniosek
pq_request-action-return_request = Zwróć wniosek
pq_request-action-allocate = Przydziel osobie rozpatrującej wnioski
pq_request-action-accept = Przyjmij
pq_request-action-forward = Prześlij do innego organu
pq_request-action-reply = Odpowiedz
pq_request-action-approve_reply = Zatwierdź odpowiedź
pq_request-action-return_reply = Zwróć odpowiedź
pq_request-action-ask_further_information = Wystąp o dodatkowe informacje
pq_request-action-provide_further_information = Udziel dodatkowych informacji
pq_request-action-cannot_provide = Nie można udzielić dodatkowych informacji
pq_request-action-refer = Przekaż koordynatorom
pq_request-action-requester_coordinator_opts_out = Nie uczestnicz w sprawie przekazanej koordynatorom
pq_request-action-responder_coordinator_opts_out = Nie uczestnicz w sprawie przekazanej koordynatorom
pq_request-action-delegate_referral = Powierz osobie rozpatrującej wnioski
pq_request-action-conclude_referral = Zakończ sprawę przekazaną koordynatorom
pq_request-action-close = Przyjmij odpowiedź i zamknij
pq_request-action-withdraw = Wycofaj
pq_request-action-remind = Przypomnienie przed upływem terminu
pq_request-action-notice_overdue = Termin upłynął

pq_request-guard-create = Oba organy muszą mieć dostęp do obszaru kwalifikacji zawodowych, a organ udzielający odpowiedzi musi być innym organem.
pq_request-guard-deadline = Termin musi być datą przyszłą.
pq_request-guard-allocation = Państwa organ nie przydziela wniosków przychodzących.
pq_request-guard-forward = Wniosek można przesłać wyłącznie do innego organu mającego dostęp do obszaru kwalifikacji zawodowych.
pq_request-guard-refer = Należy wybrać dla każdego z organów koordynatora wniosków w obszarze kwalifikacji zawodowych.
pq_request-guard-rating = Należy ocenić terminowość i nakład pracy w skali od 1 do 5.

pq_request-email-incoming =
    Państwa organ otrzymał wniosek o udzielenie informacji dotyczących kwalifikacji zawodowych (wniosek { $request }).
    Organ składający wniosek prosi o odpowiedź do dnia { $deadline }.

    Aby przyjąć wniosek lub zaproponować inny termin, należy otworzyć go w systemie IMI.
    .subject = Nowy wniosek o udzielenie informacji (kwalifikacje zawodowe)
pq_request-email-approval-needed =
    Wniosek o udzielenie informacji dotyczących kwalifikacji zawodowych (wniosek { $request }) oczekuje na Państwa zatwierdzenie przed wysłaniem.
    .subject = Wniosek oczekuje na Państwa zatwierdzenie
pq_request-email-returned =
    Wniosek { $request } został Państwu zwrócony: { $reason }
    .subject = Zwrócono Państwu wniosek
pq_request-email-allocated =
    Wniosek { $request } (kwalifikacje zawodowe) został Państwu przydzielony.
    .subject = Przydzielono Państwu wniosek
pq_request-email-accepted =
    Państwa wniosek { $request } został przyjęty. Organ udzielający odpowiedzi odpowie do dnia { $deadline }.
    .subject = Państwa wniosek został przyjęty
pq_request-email-forwarded =
    Państwa wniosek { $request } został przesłany do innego organu ({ $to }), który musi go teraz przyjąć.
    .subject = Państwa wniosek został przesłany do innego organu
pq_request-email-replied =
    Udzielono odpowiedzi na Państwa wniosek { $request }. Aby zapoznać się z odpowiedzią, należy otworzyć wniosek w systemie IMI.
    .subject = Udzielono odpowiedzi na Państwa wniosek
pq_request-email-further-information =
    Organ składający wniosek występuje o dodatkowe informacje dotyczące wniosku { $request }.
    .subject = Wystąpiono o dodatkowe informacje
pq_request-email-cannot-provide =
    Organ udzielający odpowiedzi nie może udzielić dodatkowych informacji, o które wystąpiono w związku z wnioskiem { $request }: { $reason }
    .subject = Nie można udzielić dodatkowych informacji
pq_request-email-referred =
    Wniosek { $request } został Państwu przekazany jako koordynatorowi wniosków. Uczestniczą Państwo w sprawie, chyba że zrezygnują Państwo z udziału.
    .subject = Przekazano Państwu wniosek
pq_request-email-referral-delegated =
    Państwa koordynator powierzył Państwu odpowiedzialność za sprawę wniosku { $request } przekazaną koordynatorom.
    .subject = Powierzono Państwu sprawę przekazaną koordynatorom
pq_request-email-closed =
    Organ składający wniosek zamknął wniosek { $request }.
    .subject = Wniosek został zamknięty
pq_request-email-withdrawn =
    Organ składający wniosek wycofał wniosek { $request }: { $reason }
    .subject = Wniosek został wycofany
pq_request-email-reminder =
    Odpowiedzi na wniosek { $request } należy udzielić do dnia { $deadline }.
    .subject = Przypomnienie: wkrótce upływa termin odpowiedzi na wniosek
pq_request-email-overdue =
    Termin odpowiedzi na wniosek { $request } ({ $deadline }) upłynął, a odpowiedzi nie udzielono.
    .subject = Przekroczono termin odpowiedzi na wniosek
