#!/usr/bin/env bash
# The README's curl sequence, as a script (the tests run it against
# `imi serve --demo`): the demo local data administrator logs in, registers
# a user; the user logs in with the temporary password from the e-mail
# (an .eml file in the mail folder), chooses a password and a security code,
# and later logs in with 3 characters of that code.
#
#   scripts/demo-login.sh [API base, default http://127.0.0.1:8080/api] [mail folder, default data/mail]
set -euo pipefail
API=${1:-http://127.0.0.1:8080/api}
MAIL=${2:-data/mail}
jar=$(mktemp -d)
trap 'rm -rf "$jar"' EXIT
post() { curl -sS --fail-with-body -X POST "$API$1" -H 'Content-Type: application/json' "${@:2}"; }
field() { python3 -c "import sys, json; print(json.load(sys.stdin)['$1'])"; }
# The characters of security code $1 at the positions the server asked for.
chars() { python3 -c "import sys, json; print(''.join('$1'[p - 1] for p in json.load(sys.stdin)['positions']))"; }

echo "1. EE-LDA logs in: password, then 3 characters of the security code"
step=$(post /login -d '{"user_id": "EE-LDA", "password": "Demo-pass1"}')
post /login/code -c "$jar/lda" \
  -d "{\"login\": \"$(field login <<<"$step")\", \"characters\": \"$(chars DemoCode2026 <<<"$step")\"}"
echo

echo "2. EE-LDA registers a user; the answer has the user id (never e-mailed)"
new=$(post /users -b "$jar/lda" \
  -d '{"name": "Piret Kuusk", "email": "piret.kuusk@arstid.example.org", "language": "en", "roles": ["request_handler@professional-qualifications"]}')
echo "$new"
user_id=$(field user_id <<<"$new")

echo "3. The temporary password arrives by e-mail (an .eml file in $MAIL)"
mail=""
for _ in $(seq 1 100); do
  # The newest (file names start with the time).
  mail=$(grep -l "^To: piret.kuusk@arstid.example.org" "$MAIL"/*.eml 2>/dev/null | sort | tail -1 || true)
  [ -n "$mail" ] && break
  sleep 0.1
done
[ -n "$mail" ] || { echo "no e-mail in $MAIL" >&2; exit 1; }
temporary=$(tr -d '\r' <"$mail" | grep -o 'is: [^ ]*' | head -1 | cut -c5-)
if grep -q "$user_id" "$mail"; then echo "the user id is in the e-mail!" >&2; exit 1; fi

echo "4. $user_id logs in with it and chooses a password and a 12-character security code"
step=$(post /login -d "{\"user_id\": \"$user_id\", \"password\": \"$temporary\"}")
post /login/first -c "$jar/user" \
  -d "{\"login\": \"$(field login <<<"$step")\", \"password\": \"Piret-pass1\", \"security_code\": \"PiretCode123\"}"
echo
curl -sS --fail-with-body "$API/session" -b "$jar/user"
echo

echo "5. Later logins: the password, then 3 characters of the security code"
step=$(post /login -d "{\"user_id\": \"$user_id\", \"password\": \"Piret-pass1\"}")
post /login/code -c "$jar/user" \
  -d "{\"login\": \"$(field login <<<"$step")\", \"characters\": \"$(chars PiretCode123 <<<"$step")\"}"
echo
curl -sS --fail-with-body "$API/session" -b "$jar/user"
echo
echo "done"
