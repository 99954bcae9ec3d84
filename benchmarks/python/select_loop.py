"""Primary-key SELECT loop through a requests-based Data API helper, in the style of the Python guide.

Prints one JSON line: {"calls": N, "seconds": S, "p50_us": X, "p99_us": Y}.

    python3 select_loop.py --url http://127.0.0.1:9000 --user root --password pw --database app \
        --seconds 5 --warmup 1 --style guide|session
"""
import argparse
import base64
import json
import math
import random
import time

import requests

SQL = "SELECT id, name, email FROM users WHERE id = ?"


class DataApi:
    """execute/query helpers over the Data API: one POST per statement, JSON in, JSON out."""

    def __init__(self, url, user, password, database, session):
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        self.base = f"{url}/api/v2"
        self.database = database
        self.headers = {"Content-Type": "application/json", "Authorization": f"Basic {token}"}
        # The guide calls requests.post for every statement (a new connection each time); a Session keeps one.
        self.post = requests.Session().post if session else requests.post

    def _call(self, endpoint, sql, args):
        body = json.dumps({"sql": sql, "args": list(args), "database": self.database})
        response = self.post(self.base + endpoint, data=body, headers=self.headers)
        if not response.ok:
            raise RuntimeError(f"{response.status_code} {response.reason}: {response.text}")
        return response.json()

    def query(self, sql, *args):
        return self._call("/query/rows", sql, args)["results"][0]["rows"]

    def execute(self, sql, *args):
        return self._call("/exec", sql, args)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--users", type=int, default=10000)
    parser.add_argument("--style", choices=["guide", "session"], default="guide")
    options = parser.parse_args()

    api = DataApi(options.url, options.user, options.password, options.database, options.style == "session")
    rng = random.Random(1)
    warm_until = time.perf_counter() + options.warmup
    while time.perf_counter() < warm_until:
        api.query(SQL, rng.randint(1, options.users))

    latencies = []
    start = time.perf_counter()
    end = start + options.seconds
    while True:
        before = time.perf_counter()
        if before >= end:
            break
        rows = api.query(SQL, rng.randint(1, options.users))
        after = time.perf_counter()
        if len(rows) != 1:
            raise RuntimeError(f"expected one row, got {len(rows)}")
        latencies.append(after - before)
    elapsed = time.perf_counter() - start

    latencies.sort()

    def percentile(p):
        rank = max(1, math.ceil(p / 100 * len(latencies)))
        return latencies[min(len(latencies), rank) - 1] * 1e6

    print(json.dumps({"calls": len(latencies), "seconds": elapsed,
                      "p50_us": percentile(50), "p99_us": percentile(99)}))


if __name__ == "__main__":
    main()
