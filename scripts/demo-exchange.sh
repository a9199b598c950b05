#!/usr/bin/env bash
# A full request exchange between an Estonian and a Portuguese authority on
# the demo data (the tests run it against `imi serve --demo`), each side
# reading it in its own language:
#
#   the Estonian request coordinator for professional qualifications asks to
#   approve the nursing board's requests, the Portuguese nursing board
#   allocates its incoming requests; the Estonian nursing board (EE-NURSES,
#   Estonian) asks the Portuguese one about a nurse; the coordinator approves;
#   the Portuguese allocator gives it to PT-HANDLER (Portuguese), who reads
#   it in Portuguese, accepts with a later deadline and replies; the
#   requester reads the reply in Estonian, asks for further information,
#   which cannot be given, refers the case to both request coordinators;
#   the Portuguese coordinator concludes the referral; the requester closes
#   with a rating.
#
#   scripts/demo-exchange.sh [API base, default http://127.0.0.1:8080/api]
#
# With UNTIL=allocated it stops once PT-HANDLER has the request (the browser
# test goes on from there in the pages), printing `request <id>`.
set -euo pipefail
API=${1:-http://127.0.0.1:8080/api}
jar=$(mktemp -d)
trap 'rm -rf "$jar"' EXIT
# post PATH AS BODY / get PATH AS: calls as the logged-in user AS.
post() { curl -sS --fail-with-body -X POST "$API$1" -b "$jar/$2" -H 'Content-Type: application/json' -d "$3"; }
get() { curl -sS --fail-with-body "$API$1" -b "$jar/$2"; }
json() { python3 -c "import sys, json; v = json.load(sys.stdin); print(eval('v' + sys.argv[1]))" "$1"; }
# The characters of security code $1 at the positions the server asked for.
chars() { python3 -c "import sys, json; print(''.join('$1'[p - 1] for p in json.load(sys.stdin)['positions']))"; }
login() {
  local step
  step=$(curl -sS --fail-with-body -X POST "$API/login" -H 'Content-Type: application/json' \
    -d "{\"user_id\": \"$1\", \"password\": \"Demo-pass1\"}")
  curl -sS --fail-with-body -X POST "$API/login/code" -H 'Content-Type: application/json' -c "$jar/$1" \
    -d "{\"login\": \"$(json "['login']" <<<"$step")\", \"characters\": \"$(chars DemoCode2026 <<<"$step")\"}" >/dev/null
}
# The label of question $2 and the text of its answer in the answers view $1.
question() {
  python3 -c '
import sys, json
views = json.load(sys.stdin)
for s in views[0]["sections"]:
    for q in s["questions"]:
        if q["id"] == sys.argv[1]:
            shown = q.get("choice_labels") or q.get("answer")
            print(q["label"] + ": " + (", ".join(shown) if isinstance(shown, list) else str(shown)))
' "$1"
}
in_days() { date -u -d "+$1 days" +%F; }
pq=professional-qualifications

for user in EE-NURSES EE-PQ-COORD PT-LDA PT-HANDLER PT-PQ-COORD; do login "$user"; done
echo "1. All five users logged in"

settings=$(get "/authorities/EE-0002/areas/$pq" EE-PQ-COORD | json "['id']")
post "/instances/$settings/actions/change_approval" EE-PQ-COORD '{"approve_requests": true}' >/dev/null
settings=$(get "/authorities/PT-0002/areas/$pq" PT-LDA | json "['id']")
post "/instances/$settings/actions/change_settings" PT-LDA '{"allocation": true}' >/dev/null
echo "2. EE-0002's requests now need approval; PT-0002 allocates incoming requests"

request=$(post /workflows/pq_request/starts/create EE-NURSES \
  "{\"responder\": \"PT-0002\", \"proposed_deadline\": \"$(in_days 20)\"}" | json "['instance']")
state=$(post "/instances/$request/actions/send" EE-NURSES '{"answers": {
  "family_name": "Tamm", "given_names": "Mari", "birth_date": "1985-03-14", "nationality": "Estonian",
  "profession": "nurse", "practice_basis": "establishment",
  "information_requested": ["document_authenticity", "legal_establishment", "sanctions"],
  "qualification_title": "Õde (rakenduskõrgharidus)", "awarding_body": "Tallinna Tervishoiu Kõrgkool",
  "documents": [{"document_kind": "diploma", "document_file": "diploma.pdf"}],
  "remarks": "Palun kinnitage diplomi ehtsus."}}' | json "['state']")
echo "3. EE-NURSES sent request $request: $state"

state=$(post "/instances/$request/actions/approve_request" EE-PQ-COORD '{}' | json "['state']")
echo "4. EE-PQ-COORD approved it: $state"

state=$(post "/instances/$request/actions/allocate" PT-LDA '{"handler": "PT-HANDLER"}' | json "['state']")
echo "5. PT-LDA allocated it to PT-HANDLER: $state"
if [ "${UNTIL:-}" = allocated ]; then echo "request $request"; exit 0; fi

echo "6. PT-HANDLER reads it in Portuguese:"
get "/instances/$request/answers" PT-HANDLER | question profession
get "/instances/$request/answers" PT-HANDLER | question information_requested

state=$(post "/instances/$request/actions/accept" PT-HANDLER "{\"deadline\": \"$(in_days 30)\"}" | json "['state']")
echo "7. PT-HANDLER accepted with a later deadline: $state"

state=$(post "/instances/$request/actions/reply" PT-HANDLER '{"answers": {
  "legally_established": true, "suspension_or_prohibition": false, "sanctions": "no",
  "documents": [{"document_authentic": "yes"}]}}' | json "['state']")
echo "8. PT-HANDLER replied: $state"

echo "9. EE-NURSES reads the reply in Estonian:"
get "/instances/$request/answers" EE-NURSES | question legally_established
get "/instances/$request/answers" EE-NURSES | question sanctions

state=$(post "/instances/$request/actions/ask_further_information" EE-NURSES \
  '{"further_question": "Kas õel on kehtiv registreering ka praegu?"}' | json "['state']")
echo "10. EE-NURSES asked for further information: $state"

state=$(post "/instances/$request/actions/cannot_provide" PT-HANDLER \
  '{"reason": "O registo não é público."}' | json "['state']")
echo "11. PT-HANDLER cannot provide it: $state"

state=$(post "/instances/$request/actions/refer" EE-NURSES \
  '{"requester_coordinator": "EE-0012", "responder_coordinator": "PT-0014"}' | json "['state']")
echo "12. EE-NURSES referred it to both request coordinators: $state"

state=$(post "/instances/$request/actions/conclude_referral" PT-PQ-COORD \
  '{"answers": {"suspension_or_prohibition": false}}' | json "['state']")
echo "13. PT-PQ-COORD concluded the referral: $state"

state=$(post "/instances/$request/actions/close" EE-NURSES \
  '{"rating_timeliness": 5, "rating_effort": 4}' | json "['state']")
echo "14. EE-NURSES closed it with a rating: $state"

[ "$state" = closed ] || { echo "the request is $state, not closed" >&2; exit 1; }
echo "done"
