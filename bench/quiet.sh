#!/usr/bin/env bash
# Quiet-machine run of every issue target, one bench after the other. Output: $OUT (default /tmp/quiet)/*.jsonl.
# BENCH_DATA holds copies of bench_replica's 1M files upgraded to head: plain.db, enc.db (each with a .complete
# marker) and a UI workspace uiws/ws adopted from enc.db (see bench/bench_ui.py BENCH_UI_REPLICA).
set -u
cd "$(dirname "$0")/.."
mkdir -p ${OUT:-/tmp/quiet}
export PYTHONPATH=.
PY=.venv/bin/python
run() { local name=$1; shift; echo "== $name $(date +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a ${OUT:-/tmp/quiet}/log; "$@" > ${OUT:-/tmp/quiet}/$name.jsonl 2>${OUT:-/tmp/quiet}/$name.err; echo "   done $(date +%T) rc=$?" | tee -a ${OUT:-/tmp/quiet}/log; }
run sync_pull env BENCH_SYNC_ONLY=pull,noop BENCH_SYNC_DBS=sqlite,postgresql $PY -m bench sync
run sync_push env BENCH_SYNC_ONLY=push BENCH_SYNC_DBS=sqlite,postgresql $PY -m bench sync
run csv $PY -m bench csv
run ui env BENCH_UI_WORKSPACE=${BENCH_DATA:?set BENCH_DATA}/uiws/ws $PY -m bench ui
run analytics_plain env BENCH_ANALYTICS_DB=${BENCH_DATA}/plain.db $PY -m bench analytics
run analytics_enc env BENCH_ANALYTICS_DB=${BENCH_DATA}/enc.db $PY -m bench analytics
run reminders env BENCH_REPLICA=${BENCH_DATA}/enc.db BENCH_REPLICA_KEY=4242424242424242424242424242424242424242424242424242424242424242 $PY -m bench reminders
run deals env WORKBENCH_DEALS_DB=${BENCH_DATA}/plain.db $PY -m bench deals
run devices env BENCH_SYNC_ONLY=devices BENCH_SYNC_DEVICES=200 BENCH_SYNC_WORKERS=4 BENCH_SYNC_DBS=postgresql $PY -m bench sync
