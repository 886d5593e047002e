#!/bin/sh
# Fetch the four source packages and unpack them into build/work/.
# Needs: apt-get (Debian 12 sources, after `apt-get update`), dpkg-deb, npm.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
W="$HERE/work"
mkdir -p "$W" && cd "$W"

# Debian 12 (bookworm) packages, exact versions used for this set
apt-get download llvm-22-doc=1:22.1.8-1~deb12u1 \
                 neutron-doc=2:21.0.0-7+deb12u1 \
                 dpdk-doc=22.11.11-0+deb12u1
for deb in llvm-22-doc_*.deb neutron-doc_*.deb dpdk-doc_*.deb; do
  name=${deb%%_*}
  rm -rf "x/$name"; mkdir -p "x/$name"
  dpkg-deb -x "$deb" "x/$name"
done

# npm package
npm pack @holochain/client@0.20.8
rm -rf x/holochain-client; mkdir -p x/holochain-client
tar xzf holochain-client-0.20.8.tgz -C x/holochain-client
