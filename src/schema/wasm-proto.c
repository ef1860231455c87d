/* wasm-proto.c - field lists of the Wasm filter's protobuf messages, as Envoy's JSON parsing knows them. */
#include <ctype.h>
#include <stddef.h>
#include <string.h>

#include "schema/wasm-proto.h"
#include "util/suggest.h"

const char *const wl_proto_wasm_source =
    "envoyproxy/envoy, tag v1.36.0: api/envoy/extensions/filters/http/wasm/"
    "v3/wasm.proto, api/envoy/extensions/wasm/v3/wasm.proto (last changed "
    "by envoy#40213, first released in v1.35.0), api/envoy/config/core/v3/"
    "{base,http_uri,backoff}.proto";

/* Messages whose fields hold only scalars, maps or Any are listed as leaves. */
static const struct wl_proto_field backoff_fields[] = {
	{ "base_interval", NULL },
	{ "max_interval", NULL },
	{ NULL, NULL },
};
static const struct wl_proto_message backoff = {
	"envoy.config.core.v3.BackoffStrategy", backoff_fields };

static const struct wl_proto_field typed_name_fields[] = {
	{ "name", NULL },
	{ "typed_config", NULL },
	{ NULL, NULL },
};
static const struct wl_proto_message retry_priority = {
	"envoy.config.core.v3.RetryPolicy.RetryPriority", typed_name_fields };

static const struct wl_proto_field retry_policy_fields[] = {
	{ "retry_back_off", &backoff },
	{ "num_retries", NULL },
	{ "retry_on", NULL },
	{ "retry_priority", &retry_priority },
	{ "retry_host_predicate", NULL },
	{ "host_selection_retry_max_attempts", NULL },
	{ NULL, NULL },
};
static const struct wl_proto_message retry_policy = {
	"envoy.config.core.v3.RetryPolicy", retry_policy_fields };

static const struct wl_proto_field http_uri_fields[] = {
	{ "uri", NULL },
	{ "cluster", NULL },
	{ "timeout", NULL },
	{ NULL, NULL },
};
static const struct wl_proto_message http_uri = {
	"envoy.config.core.v3.HttpUri", http_uri_fields };

static const struct wl_proto_field remote_fields[] = {
	{ "http_uri", &http_uri },
	{ "sha256", NULL },
	{ "retry_policy", &retry_policy },
	{ NULL, NULL },
};
static const struct wl_proto_message remote = {
	"envoy.config.core.v3.RemoteDataSource", remote_fields };

static const struct wl_proto_field watched_fields[] = {
	{ "path", NULL },
	{ NULL, NULL },
};
static const struct wl_proto_message watched = {
	"envoy.config.core.v3.WatchedDirectory", watched_fields };

static const struct wl_proto_field local_fields[] = {
	{ "filename", NULL },
	{ "inline_bytes", NULL },
	{ "inline_string", NULL },
	{ "environment_variable", NULL },
	{ "watched_directory", &watched },
	{ NULL, NULL },
};
static const struct wl_proto_message local = {
	"envoy.config.core.v3.DataSource", local_fields };

static const struct wl_proto_field code_fields[] = {
	{ "local", &local },
	{ "remote", &remote },
	{ NULL, NULL },
};
static const struct wl_proto_message code = {
	"envoy.config.core.v3.AsyncDataSource", code_fields };

static const struct wl_proto_field env_fields[] = {
	{ "host_env_keys", NULL },
	{ "key_values", NULL },
	{ NULL, NULL },
};
static const struct wl_proto_message env = {
	"envoy.extensions.wasm.v3.EnvironmentVariables", env_fields };

static const struct wl_proto_field vm_fields[] = {
	{ "vm_id", NULL },
	{ "runtime", NULL },
	{ "code", &code },
	{ "configuration", NULL },
	{ "allow_precompiled", NULL },
	{ "nack_on_code_cache_miss", NULL },
	{ "environment_variables", &env },
	{ NULL, NULL },
};
static const struct wl_proto_message vm = {
	"envoy.extensions.wasm.v3.VmConfig", vm_fields };

static const struct wl_proto_field reload_fields[] = {
	{ "backoff", &backoff },
	{ NULL, NULL },
};
static const struct wl_proto_message reload = {
	"envoy.extensions.wasm.v3.ReloadConfig", reload_fields };

static const struct wl_proto_field capability_fields[] = {
	{ "allowed_capabilities", NULL },
	{ NULL, NULL },
};
static const struct wl_proto_message capability = {
	"envoy.extensions.wasm.v3.CapabilityRestrictionConfig",
	capability_fields };

static const struct wl_proto_field plugin_fields[] = {
	{ "name", NULL },
	{ "root_id", NULL },
	{ "vm_config", &vm },
	{ "configuration", NULL },
	{ "fail_open", NULL },
	{ "failure_policy", NULL },
	{ "reload_config", &reload },
	{ "capability_restriction_config", &capability },
	{ "allow_on_headers_stop_iteration", NULL },
	{ NULL, NULL },
};
static const struct wl_proto_message plugin = {
	"envoy.extensions.wasm.v3.PluginConfig", plugin_fields };

/* The HTTP and the network filter's Wasm message are both one PluginConfig. */
static const struct wl_proto_field wasm_fields[] = {
	{ "config", &plugin },
	{ NULL, NULL },
};
const struct wl_proto_message wl_proto_wasm_filter = {
	"envoy.extensions.filters.http.wasm.v3.Wasm", wasm_fields };
/* api/envoy/extensions/filters/network/wasm/v3/wasm.proto, same tag. */
const struct wl_proto_message wl_proto_wasm_network_filter = {
	"envoy.extensions.filters.network.wasm.v3.Wasm", wasm_fields };

const struct wl_proto_message *
wl_proto_wasm_by_type(const char *url)
{
	static const char	 prefix[] = "type.googleapis.com/";
	const char		*name;

	if (url == NULL || strncmp(url, prefix, sizeof prefix - 1) != 0)
		return NULL;
	name = url + sizeof prefix - 1;
	if (strcmp(name, wl_proto_wasm_filter.name) == 0)
		return &wl_proto_wasm_filter;
	if (strcmp(name, wl_proto_wasm_network_filter.name) == 0)
		return &wl_proto_wasm_network_filter;
	return NULL;
}

/* True when key is the lowerCamelCase form of the snake_case name. */
static bool
is_camel_of(const char *key, const char *name)
{
	for (; *name != '\0'; name++, key++) {
		if (*name == '_' && name[1] != '\0') {
			name++;
			if (*key != toupper((unsigned char)*name))
				return false;
		} else if (*key != *name) {
			return false;
		}
	}
	return *key == '\0';
}

const struct wl_proto_field *
wl_proto_field(const struct wl_proto_message *m, const char *key)
{
	const struct wl_proto_field *f;

	for (f = m->fields; f->name != NULL; f++)
		if (strcmp(f->name, key) == 0 || is_camel_of(key, f->name))
			return f;
	return NULL;
}

const struct wl_proto_field *
wl_proto_field_below(const struct wl_proto_message *m, const char *key)
{
	const struct wl_proto_field *f;

	for (f = m->fields; f->name != NULL; f++)
		if (f->message != NULL && wl_proto_field(f->message, key) != NULL)
			return f;
	return NULL;
}

const char *
wl_proto_json_name(const char *name, char *buf, unsigned size)
{
	unsigned i = 0;

	for (; *name != '\0' && i + 1 < size; name++) {
		if (*name == '_' && name[1] != '\0')
			buf[i++] = (char)toupper((unsigned char)*++name);
		else
			buf[i++] = *name;
	}
	buf[i] = '\0';
	return buf;
}

const char *
wl_proto_suggest(const struct wl_proto_message *m, const char *key, char *buf,
    unsigned size)
{
	const struct wl_proto_field	*f;
	struct wl_suggest		 s;
	char				 tmp[64];
	bool				 camel_key = strchr(key, '_') == NULL &&
	    strpbrk(key, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != NULL;

	wl_suggest_init(&s, key);
	for (f = m->fields; f->name != NULL; f++) {
		wl_suggest_try(&s, camel_key ?
		    wl_proto_json_name(f->name, tmp, sizeof tmp) : f->name);
		if (s.best == tmp)
			s.best = wl_proto_json_name(f->name, buf, size);
	}
	return s.best;
}
