#!/usr/bin/env python3
# Edit latency through `briefings serve`, end to end (watcher, settle, incremental rebuild):
#   tests/bench/serve-edits.py BRIEFINGS_EXE INPUT_DIR articles/<yyyy>/<slug>.md <slug> body|title|both N
# starts serve on INPUT_DIR (which it edits, then restores), writes the article N times and times each write until
# the article's page in serve's folder shows the edit; prints each time and the median (both: body edits, then title
# edits, from one start of serve). SERVE_ARGS=--verbose adds
# serve's own timing of each step of each rebuild (its log is printed as it comes, prefixed with "serve:").
# End to end through `briefings serve`: write an article, poll its page in serve's folder until the edit shows.
import glob, os, re, statistics, subprocess, sys, threading, time
cli, corpus, rel, slug, kind, n = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], int(sys.argv[6])
kinds = ['body', 'title'] if kind == 'both' else [kind]
before = set(glob.glob('/tmp/briefings-serve-*'))
proc = subprocess.Popen([cli, 'serve', '--input', corpus, '--port', '0', *os.environ.get('SERVE_ARGS', '').split()],
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
try:
    while True:
        line = proc.stdout.readline()
        print(line.rstrip()); sys.stdout.flush()
        if line.startswith('serving'):
            break
        if not line:
            sys.exit('serve exited before serving')
    # keep reading serve's log (a full pipe would block it), echoing it between the edits' figures
    threading.Thread(target=lambda: [print('  serve: ' + l.rstrip(), flush=True) for l in proc.stdout], daemon=True).start()
    root = (set(glob.glob('/tmp/briefings-serve-*')) - before).pop()
    page = os.path.join(root, 'site', 'articles', slug, 'index.html')
    path = os.path.join(corpus, rel)
    original = open(path).read()
    for kind in kinds:
        times = []
        for i in range(1, n + 1):
            marker = f'Edit marker {i} {kind}'
            text = original + f'\n{marker}\n' if kind == 'body' else re.sub(r'^title:.*$', f'title: "{marker}"', original, count=1, flags=re.M)
            start = time.perf_counter()
            with open(path, 'w') as f:
                f.write(text)
            while True:
                try:
                    if marker in open(page).read():
                        break
                except OSError:
                    pass
                time.sleep(0.001)
            times.append((time.perf_counter() - start) * 1000)
            print(f'{kind} edit {i}: {times[-1]:.1f} ms'); sys.stdout.flush()
            time.sleep(0.3)
        with open(path, 'w') as f:
            f.write(original)
        time.sleep(1)
        print(f'{kind}: median {statistics.median(times):.1f} ms over {n} edits'); sys.stdout.flush()
finally:
    time.sleep(0.5)
    proc.terminate()
    proc.wait()
