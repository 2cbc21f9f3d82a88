// Pier's labels and annotations on branch environments and workloads, and the branch slug
// rule. One copy, shared with the portal: the embedded cluster seeds what the portal reads.
export * from "@/lib/conventions/branch-environments";
