/* wasmplugin.c - WasmPlugin facts (extensions.istio.io): every spec field with its location. */
#include <string.h>

#include "model/extract.h"

#define WASMPLUGIN_GROUP "extensions.istio.io/"

static void
extract_env(struct wl_extract *ex, struct wl_wasmplugin *wp,
    const struct wl_node *vm)
{
	const struct wl_node	*env = wl_ex_seq(ex, vm, "env");
	size_t			 i;

	for (i = 0; env != NULL && i < env->n; i++) {
		const struct wl_node	*item = env->items[i];
		struct wl_wasm_env	*e = WL_VEC_PUSH(ex->facts->arena,
		    &wp->env);

		e->loc = wl_ex_loc(ex, item);
		e->null_item = wl_node_is_null(item);
		e->name = wl_ex_str(ex, item, "name");
		e->value_from = wl_ex_str(ex, item, "valueFrom");
		e->value = wl_ex_str(ex, item, "value");
	}
}

static void
extract_match_entry(struct wl_extract *ex, struct wl_wasm_match *m,
    const struct wl_node *item)
{
	const struct wl_node	*ports;
	size_t			 i;

	m->loc = wl_ex_loc(ex, item);
	m->null_item = wl_node_is_null(item);
	m->mode = wl_ex_str(ex, item, "mode");
	ports = wl_ex_seq(ex, item, "ports");
	for (i = 0; ports != NULL && i < ports->n; i++) {
		struct wl_wasm_port *p = WL_VEC_PUSH(ex->facts->arena,
		    &m->ports);

		p->loc = wl_ex_loc(ex, ports->items[i]);
		p->null_item = wl_node_is_null(ports->items[i]);
		p->number = wl_ex_str(ex, ports->items[i], "number");
	}
}

static void
extract_match(struct wl_extract *ex, struct wl_wasmplugin *wp,
    const struct wl_node *spec)
{
	const struct wl_node	*match = wl_ex_seq(ex, spec, "match");
	size_t			 i;

	wp->match_key = wl_ex_present(ex, spec, "match");
	for (i = 0; match != NULL && i < match->n; i++)
		extract_match_entry(ex, WL_VEC_PUSH(ex->facts->arena,
		    &wp->match), match->items[i]);
}

/* True for an apiVersion of Istio's extensions group (or none at all). */
static bool
is_istio_extension(const struct wl_node *root)
{
	const char *api = wl_node_str(wl_node_get(root, "apiVersion"));

	return api == NULL ||
	    strncmp(api, WASMPLUGIN_GROUP, strlen(WASMPLUGIN_GROUP)) == 0;
}

void
wl_extract_wasmplugin(struct wl_extract *ex, const struct wl_meta *meta,
    const struct wl_node *root)
{
	struct wl_wasmplugin	*wp;
	const struct wl_node	*spec, *vm;

	if (!is_istio_extension(root))
		return;
	wp = WL_FACTS_PUSH(ex->facts, wasmplugins);
	wp->obj = meta->obj;
	wp->loc = meta->loc;
	wp->spec = wl_ex_present(ex, root, "spec");
	spec = wl_ex_map(ex, root, "spec");
	wl_ex_selection(ex, &wp->sel, meta, spec, "selector",
	    "matchLabels");
	wl_ex_target_refs(ex, &wp->sel, spec, "targetRefs");
	wp->target_ref = wl_ex_present(ex, spec, "targetRef");
	/* istiod merges targetRef in only when targetRefs is empty. */
	if (wp->sel.refs.n == 0)
		wl_ex_target_ref(ex, &wp->sel, spec, "targetRef");
	wp->url = wl_ex_str(ex, spec, "url");
	wp->sha256 = wl_ex_str(ex, spec, "sha256");
	wp->image_pull_policy = wl_ex_str(ex, spec, "imagePullPolicy");
	wp->image_pull_policy_key = wl_ex_present(ex, spec, "imagePullPolicy");
	wp->image_pull_secret = wl_ex_str(ex, spec, "imagePullSecret");
	wp->image_pull_secret_key = wl_ex_present(ex, spec, "imagePullSecret");
	wp->plugin_name = wl_ex_str(ex, spec, "pluginName");
	wp->plugin_config = wl_ex_present(ex, spec, "pluginConfig");
	wp->phase = wl_ex_str(ex, spec, "phase");
	wp->priority = wl_ex_int32(ex, spec, "priority");
	wp->fail_strategy = wl_ex_str(ex, spec, "failStrategy");
	wp->fail_strategy_key = wl_ex_present(ex, spec, "failStrategy");
	wp->type = wl_ex_str(ex, spec, "type");
	wp->type_key = wl_ex_present(ex, spec, "type");
	extract_match(ex, wp, spec);
	wp->vm_config = wl_ex_present(ex, spec, "vmConfig");
	vm = wl_ex_map(ex, spec, "vmConfig");
	extract_env(ex, wp, vm);
	wp->verification_key = wl_ex_str(ex, spec, "verificationKey");
}
