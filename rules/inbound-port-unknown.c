/* inbound-port-unknown.c - WL2616: a SIDECAR_INBOUND listener portNumber that no selected workload serves. */
#include <stdlib.h>
#include <string.h>

#include "check/check.h"
#include "model/describe.h"
#include "model/index.h"
#include "model/lookup.h"
#include "model/patch.h"

/*
 * Whether port is a containerPort of w or a targetPort of a Service
 * selecting it (a named targetPort counts as a match, unresolved); *known
 * says whether w has any port at all.
 */
static bool
serves(const struct wl_facts *f, const struct wl_workload *w, long port,
    bool *known)
{
	struct wl_service_range	in_ns = wl_services_in(f, w->obj.ns);
	size_t			i, j;

	*known = false;
	for (i = 0; i < w->containers.n; i++)
		for (j = 0; j < w->containers.v[i].ports.n; j++) {
			*known = true;
			if (w->containers.v[i].ports.v[j] == port)
				return true;
		}
	for (i = 0; i < in_ns.n; i++) {
		const struct wl_service *s = in_ns.v[i];

		if (s->selector.n == 0 ||
		    !wl_labels_subset(&s->selector, &w->labels))
			continue;
		for (j = 0; j < s->ports.n; j++) {
			const char *t = s->ports.v[j].target_port.s;
			char	   *end = NULL;
			long	    n = t != NULL ? strtol(t, &end, 10) :
			    s->ports.v[j].port;

			if (end != NULL && (*end != '\0' || end == t))
				return true;	/* a port name: not resolved */
			*known = true;
			if (n == port)
				return true;
		}
	}
	return false;
}

static void
check_patch(struct wl_check *c, const struct wl_envoyfilter *ef,
    const struct wl_patch *p)
{
	const struct wl_facts	*f = c->facts;
	size_t			 i;
	bool			 known;

	if (!p->has_port || !wl_str_is(&p->context, "SIDECAR_INBOUND"))
		return;
	for (i = 0; i < ef->sel.selected.n; i++) {
		const struct wl_workload *w = ef->sel.selected.v[i];

		if (serves(f, w, p->port,
		    &known) || !known)
			continue;
		wl_report(c, &p->port_loc, &ef->obj, "configPatches[%u]: "
		    "inbound portNumber %ld is no containerPort of %s nor a "
		    "targetPort of a Service selecting it; its sidecar has no "
		    "inbound listener chain on that port and the patch is not "
		    "applied there", p->index, p->port,
		    wl_describe_object(c->sink->arena, &w->obj));
	}
}

static void
check_inbound_port_unknown(struct wl_check *c)
{
	wl_each_patch(c, check_patch);
}

const struct wl_rule wl_rule_inbound_port_unknown = {
	.id = "WL2616",
	.slug = "inbound-port-unknown",
	.severity = WL_SEV_WARNING,
	.summary = "SIDECAR_INBOUND portNumber is no port of the selected "
		   "workload",
	.rationale =
	    "For SIDECAR_INBOUND, match.listener.portNumber is compared with "
	    "the port the traffic is delivered to inside the pod: the "
	    "container port, which is a Service's targetPort, not its port. "
	    "Writing the Service port (80 for a container on 8080) is a "
	    "common slip, and the patch then never applies. Workloads that "
	    "declare no container port and have no Service in the inputs "
	    "are not checked; named targetPorts are not resolved.",
	.bad = "listener:\n  portNumber: 80      # Service port; the container "
	       "listens on 8080\n",
	.good = "listener:\n  portNumber: 8080\n",
	.fix = "Use the containerPort (the Service's targetPort) the workload "
	       "serves.",
	.check = check_inbound_port_unknown,
};
