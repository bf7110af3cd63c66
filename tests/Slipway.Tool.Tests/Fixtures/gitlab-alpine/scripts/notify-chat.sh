#!/bin/sh
# Posts a message to the team chat's incoming webhook.
set -eu
curl -fsS -X POST -H 'Content-Type: application/json' -d "{\"text\": \"$1\"}" "$CHAT_WEBHOOK_URL"
