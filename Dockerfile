# Dockerfile - the wasmlint image: a static wasmlint built on Debian with scripts/setup's packages, in a
# Debian slim image that adds only the binary, its man page, its rule pages and the GitHub Action's entry point.
#   docker build --build-arg VERSION="$(scripts/version)" -t wasmlint .
#   docker run --rm -v "$PWD:/src" wasmlint check --istio-version 1.11.4 manifests/ plugin.wasm
ARG DEBIAN=bookworm

FROM debian:${DEBIAN}-slim AS build
WORKDIR /wasmlint
COPY scripts/setup scripts/setup
RUN scripts/setup --build
COPY . .
# The version --version reports: VERSION when given, else git describe of a .git in the context, else meson.build's.
ARG VERSION=
RUN if [ -n "$VERSION" ]; then rm -rf .git && printf '%s\n' "$VERSION" > .tarball-version; fi
RUN meson setup build -Dtests=disabled --buildtype=release --prefix=/usr/local \
        -Ddefault_library=static -Dprefer_static=true -Dc_link_args=-static -Dcpp_link_args=-static \
    && meson compile -C build \
    && DESTDIR=/out meson install -C build --no-rebuild \
    && install -D -m 755 scripts/github-action /out/usr/local/libexec/wasmlint/github-action \
    && if ldd /out/usr/local/bin/wasmlint; then echo "wasmlint is not static" >&2; exit 1; fi

FROM debian:${DEBIAN}-slim
COPY --from=build /out/usr/local/ /usr/local/
WORKDIR /src
ENTRYPOINT ["wasmlint"]
CMD ["check"]
