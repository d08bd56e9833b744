#ifndef PARTNERMAP_CGRAPHVIZ_SHIM_H
#define PARTNERMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Graphviz 2.42 is used from Swift only through PartnerRender's GraphvizRenderer, which holds one
// process-wide lock around every call below: neither cgraph nor gvc is thread-safe.

/// Number of layout or render plugins of `kind` ("layout", "render", "device") — wraps
/// `gvPluginList`, whose name parameter is declared `char *` although it is only read.
static inline char **pm_gv_plugin_list(GVC_t *gvc, const char *kind, int *count) {
    return gvPluginList(gvc, kind, count, (char *)"");
}

/// `agget` on a graph, node or edge, with a const name (2.42 declares it `char *`).
static inline const char *pm_ag_get(void *object, const char *name) {
    return agget(object, (char *)name);
}

/// The name of a node (2.42's `agnameof` takes `void *`).
static inline const char *pm_ag_name(Agnode_t *node) {
    return agnameof(node);
}

/// First and next node of a graph (for reading positions after `gvLayout`).
static inline Agnode_t *pm_ag_first_node(Agraph_t *graph) { return agfstnode(graph); }
static inline Agnode_t *pm_ag_next_node(Agraph_t *graph, Agnode_t *node) { return agnxtnode(graph, node); }

/// A laid-out node's centre in points, in the coordinates of the rendered drawing (`ND_coord`, a
/// macro Swift cannot import).
static inline double pm_node_x(Agnode_t *node) { return ND_coord(node).x; }
static inline double pm_node_y(Agnode_t *node) { return ND_coord(node).y; }

/// cgraph's lexer keeps whatever text follows the first graph (a trailing newline, a second graph,
/// junk) in its buffer and reads it at the start of the *next* `agmemread` — measured on 2.42:
/// after parsing "graph {} x", the next text is read as "xgraph …". `aglexbad` (exported by
/// libcgraph, not declared in its headers) flushes that buffer; call it after every `agmemread`.
extern void aglexbad(void);
static inline void pm_ag_flush_lexer(void) { aglexbad(); }

/// Frees what gvPluginList returned.
static inline void pm_gv_free_list(char **list, int count) {
    for (int i = 0; i < count; i++) free(list[i]);
    free(list);
}
#endif
