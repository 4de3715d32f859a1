/** The shadow root a node sits at the top of (its parent node), if any: where a walk or a path crosses into its host. */
export function shadowParent(node: Node): ShadowRoot | undefined {
  const p = node.parentNode;
  return p && p.nodeType === 11 && (p as ShadowRoot).host ? (p as ShadowRoot) : undefined;
}
