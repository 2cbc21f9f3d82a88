"""Runs commands in a pod with Debian's python3-kubernetes (it speaks v4.channel.k8s.io only);
prints one JSON report.

Usage: /usr/bin/python3 exec_check.py <kubeconfig> <namespace> <pod>
"""
import json
import sys

from kubernetes import client, config
from kubernetes.stream import stream


def main():
    kubeconfig, namespace, pod = sys.argv[1], sys.argv[2], sys.argv[3]
    config.load_kube_config(config_file=kubeconfig)
    core = client.CoreV1Api()
    report = {}

    # Non-interactive: output collected, arguments passed as given.
    report["echo"] = stream(core.connect_get_namespaced_pod_exec, pod, namespace, command=["echo", "a  b", "$HOME"],
                            stderr=True, stdin=False, stdout=True, tty=False)

    # Interactive: stdin in, stdout and stderr apart, the exit code from the status channel.
    resp = stream(core.connect_get_namespaced_pod_exec, pod, namespace,
                  command=["sh", "-c", "read line; echo got:$line; echo oops >&2; exit 3"],
                  stdin=True, stdout=True, stderr=True, tty=False, _preload_content=False)
    resp.write_stdin("hello from python\n")
    out, err = "", ""
    while resp.is_open():
        resp.update(timeout=1)
        if resp.peek_stdout():
            out += resp.read_stdout()
        if resp.peek_stderr():
            err += resp.read_stderr()
    resp.close()
    report["interactive"] = {"stdout": out, "stderr": err, "code": resp.returncode}

    unlisted = stream(core.connect_get_namespaced_pod_exec, pod, namespace, command=["bash"],
                      stderr=True, stdin=False, stdout=True, tty=False, _preload_content=False)
    unlisted.run_forever(timeout=10)
    report["unlisted"] = {"code": unlisted.returncode, "stderr": unlisted.read_stderr()}
    print(json.dumps(report))


if __name__ == "__main__":
    main()
