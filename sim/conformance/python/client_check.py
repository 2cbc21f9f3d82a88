"""Drives the embedded cluster with Debian's python3-kubernetes; prints one JSON report.

Usage: /usr/bin/python3 client_check.py <kubeconfig> <namespace>
"""
import json
import sys
import threading
import time

from kubernetes import client, config, watch
from kubernetes.client.rest import ApiException


def main():
    kubeconfig, namespace = sys.argv[1], sys.argv[2]
    config.load_kube_config(config_file=kubeconfig)
    core, apps = client.CoreV1Api(), client.AppsV1Api()
    report = {}

    # Lists: every object is deserialized into the typed models, which check required fields.
    report["counts"] = {
        "pods": len(core.list_pod_for_all_namespaces().items),
        "namespaces": len(core.list_namespace(label_selector="pier.dev/environment=branch").items),
        "nodes": len(core.list_node().items),
        "services": len(core.list_service_for_all_namespaces().items),
        "endpoints": len(core.list_endpoints_for_all_namespaces().items),
        "configmaps": len(core.list_config_map_for_all_namespaces().items),
        "secrets": len(core.list_secret_for_all_namespaces().items),
        "events": len(core.list_event_for_all_namespaces().items),
        "serviceaccounts": len(core.list_service_account_for_all_namespaces().items),
        "quotas": len(core.list_resource_quota_for_all_namespaces().items),
        "deployments": len(apps.list_deployment_for_all_namespaces().items),
        "replicasets": len(apps.list_replica_set_for_all_namespaces().items),
        "ingresses": len(client.NetworkingV1Api().list_ingress_for_all_namespaces().items),
        "pdbs": len(client.PolicyV1Api().list_pod_disruption_budget_for_all_namespaces().items),
        "jobs": len(client.BatchV1Api().list_job_for_all_namespaces().items),
    }
    pod = core.list_namespaced_pod(namespace, label_selector="app.kubernetes.io/name=learn").items[0]
    status = pod.status.container_statuses[0]
    report["pod"] = {"phase": pod.status.phase, "ready": status.ready, "image_id": status.image_id, "restarts": status.restart_count, "node": pod.spec.node_name}
    report["paged"] = len(core.list_pod_for_all_namespaces(limit=7).items)

    # Watch: events arrive for a patch made while the stream is open.
    version = apps.list_namespaced_deployment(namespace).metadata.resource_version
    seen = []

    def stream():
        w = watch.Watch()
        for event in w.stream(apps.list_namespaced_deployment, namespace, resource_version=version, timeout_seconds=10, allow_watch_bookmarks=True):
            seen.append((event["type"], event["object"].metadata.name, (event["object"].metadata.annotations or {}).get("checked-by")))
            if event["type"] == "MODIFIED" and event["object"].metadata.name == "link":
                w.stop()

    thread = threading.Thread(target=stream)
    thread.start()
    time.sleep(0.5)
    # Patch: a dict is sent as a strategic merge patch, a list as a JSON patch.
    apps.patch_namespaced_deployment("link", namespace, {"metadata": {"annotations": {"checked-by": "python"}}})
    thread.join(15)
    report["watch"] = [list(e) for e in seen if e[1] == "link"]
    patched = apps.patch_namespaced_deployment("link", namespace, [{"op": "replace", "path": "/spec/replicas", "value": 2}])
    report["replicas"] = patched.spec.replicas

    try:
        core.read_namespaced_config_map("does-not-exist", namespace)
    except ApiException as err:
        report["missing"] = {"status": err.status, "reason": json.loads(err.body)["reason"]}
    print(json.dumps(report))


if __name__ == "__main__":
    main()
