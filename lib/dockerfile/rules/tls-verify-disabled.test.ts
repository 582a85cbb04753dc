import { describe, expect, it } from 'vitest';
import rule from './tls-verify-disabled';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/tls-verify-disabled';

const ID = 'tls-verify-disabled';
const span = (messageId: string, line: number, column: number, endColumn: number) => ({ messageId, line, column, endLine: line, endColumn });
const run = (command: string) => positionsOf(ID, dockerfile('FROM python:3.11-slim', `RUN ${command}`));

describe(ID, () => {
  it('catches curl -k, --insecure and -k inside a flag cluster', () => {
    expect(run('curl -k https://x.io/a -o a')).toEqual([span('flag', 2, 10, 12)]);
    expect(run('curl --insecure https://x.io/a -o a')).toEqual([span('flag', 2, 10, 20)]);
    expect(run('curl -fsSLk https://x.io/a -o a')).toEqual([span('flag', 2, 10, 16)]);
  });

  it('catches the flags in an exec-form RUN, at their strings', () => {
    expect(run('["curl", "-k", "https://x.io/a"]')).toEqual([span('flag', 2, 14, 18)]);
    expect(run('["pip", "install", "--trusted-host", "pypi.org", "x==1"]')).toEqual([span('flag', 2, 24, 40)]);
    expect(run('["curl", "-fsSL", "https://x.io/a"]')).toEqual([]);
  });

  it('catches wget --no-check-certificate', () => {
    expect(run('wget --no-check-certificate https://x.io/a')).toEqual([span('flag', 2, 10, 32)]);
  });

  it('catches pip --trusted-host in any spelling', () => {
    expect(run('pip install --trusted-host pypi.org numpy==1.26.4')).toEqual([span('flag', 2, 17, 31)]);
    expect(run('python -m pip install --trusted-host=pypi.org numpy==1.26.4')).toEqual([span('flag', 2, 27, 50)]);
  });

  it('catches PYTHONHTTPSVERIFY=0, NODE_TLS_REJECT_UNAUTHORIZED=0 and GIT_SSL_NO_VERIFY in ENV/ARG', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PYTHONHTTPSVERIFY=0'))).toEqual([span('variable', 2, 5, 24)]);
    expect(positionsOf(ID, dockerfile('FROM node:20-slim', 'ENV NODE_TLS_REJECT_UNAUTHORIZED=0'))).toEqual([span('variable', 2, 5, 35)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ARG GIT_SSL_NO_VERIFY=true'))).toEqual([span('variable', 2, 5, 27)]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PIP_TRUSTED_HOST=pypi.org'))).toEqual([span('variable', 2, 5, 30)]);
  });

  it('catches the variables set inline or exported in RUN', () => {
    expect(run('GIT_SSL_NO_VERIFY=1 git clone https://x.io/r.git')).toEqual([span('variable', 2, 5, 24)]);
    expect(run('export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm ci')).toEqual([span('variable', 2, 12, 42)]);
  });

  it('catches git config http.sslVerify false and git -c http.sslVerify=false', () => {
    expect(run('git config --global http.sslVerify false')).toEqual([span('config', 2, 25, 39)]);
    expect(run('git -c http.sslVerify=false clone https://x.io/r.git')).toEqual([span('config', 2, 12, 32)]);
  });

  it('catches npm strict-ssl false and yum/dnf sslverify=0', () => {
    expect(run('npm config set strict-ssl false')).toEqual([span('config', 2, 20, 30)]);
    expect(run('dnf install -y --setopt=sslverify=false curl')).toEqual([span('config', 2, 20, 44)]);
  });

  it("catches npm's other spellings of strict-ssl false and sslverify=0 for one repository", () => {
    expect(run('npm set strict-ssl false')).toEqual([span('config', 2, 13, 23)]);
    expect(run('npm c set strict-ssl false')).toEqual([span('config', 2, 15, 25)]);
    expect(run('npm config set strict-ssl=false')).toEqual([span('flag', 2, 20, 36)]);
    expect(run('yum-config-manager --save --setopt=epel.sslverify=0')).toEqual([span('config', 2, 31, 56)]);
  });

  it('catches pip config set of a trusted host, whatever its value', () => {
    expect(run('pip config set global.trusted-host pypi.org')).toEqual([span('config', 2, 20, 39)]);
    expect(run('pip3 config --user set install.trusted-host "a b"')).toEqual([span('config', 2, 28, 48)]);
  });

  it('does not catch pip config reading or removing a trusted host (no value follows the key)', () => {
    expect(run('pip config get global.trusted-host')).toEqual([]);
    expect(run('pip config unset global.trusted-host')).toEqual([]);
    expect(run('pip3 config --user unset install.trusted-host && pip install --no-cache-dir numpy==1.26.4')).toEqual([]);
  });

  it('catches package signature checks turned off', () => {
    expect(run('apk add --allow-untrusted /tmp/pkg.apk')).toEqual([span('unsigned', 2, 13, 30)]);
    expect(run('apt-get install -y --allow-unauthenticated curl')).toEqual([span('unsigned', 2, 24, 47)]);
    expect(run('yum install -y --nogpgcheck curl')).toEqual([span('unsigned', 2, 20, 32)]);
  });

  it('does not catch curl with ordinary flags (-f, -s, -S, -L, -o, -K config)', () => {
    expect(run('curl -fsSL -o a https://x.io/a')).toEqual([]);
  });

  it('does not catch a -k that belongs to another program', () => {
    expect(run('ssh-keygen -k -f /tmp/krl && sort -k 2 file')).toEqual([]);
  });

  it('does not catch wget with certificate checks on', () => {
    expect(run('wget -q https://x.io/a')).toEqual([]);
  });

  it('does not catch pip with an index URL over HTTPS', () => {
    expect(run('pip install --index-url https://pypi.example.com/simple numpy==1.26.4')).toEqual([]);
  });

  it('does not catch verification switched on explicitly', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV PYTHONHTTPSVERIFY=1 NODE_TLS_REJECT_UNAUTHORIZED=1'))).toEqual([]);
  });

  it('does not catch an empty GIT_SSL_NO_VERIFY or a key that only looks alike', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV GIT_SSL_NO_VERIFY=', 'ENV SSL_VERIFY_MODE=strict'))).toEqual([]);
  });

  it('does not catch git config of other settings', () => {
    expect(run('git config --global http.sslVerify true && git config --global user.name ci')).toEqual([]);
  });

  it('does not catch npm strict-ssl true', () => {
    expect(run('npm config set strict-ssl true')).toEqual([]);
  });

  it('does not catch npm set strict-ssl true, strict-ssl=true, or reading the setting', () => {
    expect(run('npm set strict-ssl true && npm config set strict-ssl=true')).toEqual([]);
    expect(run('npm config get strict-ssl')).toEqual([]);
  });

  it('does not catch sslverify switched on for one repository', () => {
    expect(run('dnf install -y --setopt=epel.sslverify=1 curl')).toEqual([]);
  });

  it('does not catch apt-get with signatures checked', () => {
    expect(run('apt-get install -y --no-install-recommends curl ca-certificates')).toEqual([]);
  });

  it('does not catch the flags as text in an echo', () => {
    expect(run('echo "never use curl -k"')).toEqual([]);
  });

  it('does not catch installing ca-certificates to fix TLS properly', () => {
    expect(run('update-ca-certificates')).toEqual([]);
  });

  it('does not catch COPY of a CA bundle', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY corp-ca.crt /usr/local/share/ca-certificates/'))).toEqual([]);
  });

  it('does not catch yum with sslverify on', () => {
    expect(run('yum install -y --setopt=sslverify=1 curl')).toEqual([]);
  });

  it('does not catch apk add with signatures checked', () => {
    expect(run('apk add --no-cache curl')).toEqual([]);
  });

  it('does not catch rpm install without --nosignature', () => {
    expect(run('rpm -i /tmp/pkg.rpm')).toEqual([]);
  });

  it('does not catch pip config of an index URL', () => {
    expect(run('pip config set global.index-url https://pypi.example.com/simple')).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });

  it('lists the checkov ids it covers', () => {
    expect(rule.meta.aliases).toContain('CKV2_DOCKER_2');
    expect(rule.meta.aliases).toContain('CKV2_DOCKER_16');
    expect(rule.meta.aliases.every((alias) => /^CKV2_DOCKER_\d+$/.test(alias))).toBe(true);
  });
});

describe(`${ID} (assignments and words of any command)`, () => {
  it('catches a variable in any case, set through env before another program', () => {
    expect(run('env npm_config_strict_ssl=false npm ci')).toEqual([span('variable', 2, 9, 36)]);
  });

  it('catches sslverify=0 in the words of any command, once per word', () => {
    expect(run('printf "%s" sslverify=0 > /etc/yum.repos.d/x.repo')).toEqual([span('config', 2, 17, 28)]);
  });

  it('does not catch a variable with a similar name or an unrelated assignment', () => {
    expect(run('GIT_SSL_NO_VERIFY_X=1 PYTHONHTTPSVERIFY=1 git clone https://x.io/r.git')).toEqual([]);
  });
});

describe(`${ID} (near misses: verification left on)`, () => {
  const quiet = (commands: string[]) => {
    for (const command of commands) expect(run(command), command).toEqual([]);
  };
  const quietFiles = (sources: string[]) => {
    for (const src of sources) expect(positionsOf(ID, src), src).toEqual([]);
  };

  it('does not catch curl given a CA bundle, a TLS floor or a client certificate', () => {
    quiet([
      'curl -fsSL --cacert /etc/ssl/certs/corp.pem https://x.io/a -o a',
      'curl --capath /etc/ssl/certs -fsSL https://x.io/a -o a',
      "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs -o rustup.sh",
      'curl --cert client.pem --key client.key -fsSL https://x.io/a -o a',
    ]);
  });

  it('does not catch curl words that only look like -k: -K, a flag cluster without k, a file or URL named k or insecure', () => {
    quiet([
      'curl -K /etc/curlrc https://x.io/a',
      'curl -fsSLO https://x.io/a.tgz',
      'curl -fsSL https://x.io/a -o k',
      'curl -fsSL https://x.io/insecure-k.tar.gz -o insecure.tgz',
      'curl -fsSL "https://x.io/api?k=1&insecure=no" -o a',
    ]);
  });

  it('does not catch wget with a CA bundle, --https-only, -k (--convert-links) or other --no- options', () => {
    quiet([
      'wget --ca-certificate=/etc/ssl/certs/corp.pem https://x.io/a',
      'wget --https-only -q https://x.io/a',
      'wget -k -r -np https://x.io/docs/',
      'wget --no-verbose --no-clobber https://x.io/a',
    ]);
  });

  it('does not catch a wgetrc written through a heredoc that keeps certificate checks on', () => {
    quiet(['cat <<EOF > /etc/wgetrc\ncheck_certificate = on\nEOF']);
  });

  it('does not catch pip with its own CA, an extra HTTPS index, hashes, a pip upgrade, or python without pip', () => {
    quiet([
      'pip install --cert /etc/ssl/certs/corp.pem numpy==1.26.4',
      'pip install --extra-index-url https://download.pytorch.org/whl/cpu torch==2.3.0',
      'pip install --require-hashes -r requirements.txt',
      'python -m pip install --upgrade pip',
      'pip config set global.cert /etc/ssl/certs/corp.pem',
      'python -c "import ssl; print(ssl.OPENSSL_VERSION)"',
    ]);
  });

  it('does not catch git with verification on, a CA, the setting read or unset, or other settings set to false', () => {
    quiet([
      'git clone --depth 1 https://github.com/x/r.git',
      'git config --global http.sslCAInfo /etc/ssl/certs/corp.pem',
      'git -c http.sslVerify=true clone https://x.io/r.git',
      'git config --global --unset http.sslVerify',
      'git config --get http.sslVerify',
      'git config --global advice.detachedHead false',
      'git -c advice.detachedHead=false clone https://x.io/r.git',
    ]);
  });

  it('does not catch npm, yarn or pnpm with strict-ssl on, a CA file, a registry, or other strict-* keys set to false', () => {
    quiet([
      'npm ci --no-audit --no-fund',
      'npm config set cafile /etc/ssl/certs/corp.pem',
      'npm config set strict-peer-deps false',
      'yarn config set strict-ssl true',
      'pnpm config set strict-peer-dependencies false',
      'npm config set registry https://registry.npmjs.org/',
      'npm install --strict-ssl=true',
      'env npm_config_strict_ssl=true npm ci',
    ]);
  });

  it('does not catch the variables exported safe, unset, removed by env -u, or quoted in an echo', () => {
    quiet([
      'export NODE_TLS_REJECT_UNAUTHORIZED=1 && npm ci',
      'unset GIT_SSL_NO_VERIFY && git clone https://x.io/r.git',
      'env -u NODE_TLS_REJECT_UNAUTHORIZED npm ci',
      'echo "NODE_TLS_REJECT_UNAUTHORIZED=0 is insecure" > /notes.txt',
    ]);
  });

  it('does not catch apt and apk options that look alike (--allow-downgrades, --virtual, --repository) or a signed-by keyring', () => {
    quiet([
      'apt-get install -y --allow-downgrades libssl3=3.0.11-1',
      'apt-get install -y --allow-change-held-packages curl',
      'apt install -y --no-install-recommends curl',
      'curl -fsSL https://x.io/key.gpg | gpg --dearmor -o /usr/share/keyrings/x.gpg && echo "deb [signed-by=/usr/share/keyrings/x.gpg] https://x.io/apt stable main" > /etc/apt/sources.list.d/x.list',
      'apk add --no-cache --virtual .build-deps gcc musl-dev',
      'apk add --no-cache --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing foo',
    ]);
  });

  it('does not catch yum, dnf and rpm with other --setopt options, imported keys or sslverify=1 in a repo file', () => {
    quiet([
      'dnf install -y --setopt=install_weak_deps=False curl',
      'yum install -y --setopt=tsflags=nodocs httpd',
      'rpm --import https://x.io/RPM-GPG-KEY && dnf install -y x',
      'rpm --checksig /tmp/pkg.rpm && rpm -i /tmp/pkg.rpm',
      'microdnf install -y curl',
      'tdnf install -y curl',
      "printf '%s\\n' '[corp]' 'baseurl=https://rpm.corp/x' 'gpgcheck=1' 'sslverify=1' > /etc/yum.repos.d/corp.repo",
      "sed -i 's/sslverify=0/sslverify=1/' /etc/yum.repos.d/x.repo",
    ]);
  });

  it("does not catch another program's -k (pytest)", () => {
    quiet(['pytest -k "not network" tests/']);
  });

  it('does not catch exec-form RUNs with verification on', () => {
    quiet(['["wget", "-q", "https://x.io/a"]', '["git", "clone", "--depth", "1", "https://x.io/r.git"]', '["npm", "config", "set", "strict-ssl", "true"]']);
  });

  it('does not catch curl -k in a comment, in a heredoc script or above the RUN', () => {
    quietFiles([
      dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'set -e', '# curl -k was used here before', 'curl -fsSL https://x.io/a -o a', 'pip install --cert /etc/ssl/certs/corp.pem numpy==1.26.4', 'EOF'),
      dockerfile('FROM python:3.11-slim', '# RUN curl -k https://x.io/a', 'RUN curl -fsSL https://x.io/a -o a'),
    ]);
  });

  it('does not catch ENV that points tools at a CA bundle instead of turning checks off', () => {
    quietFiles([
      dockerfile('FROM python:3.11-slim', 'ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt'),
      dockerfile('FROM node:20-slim', 'ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/corp.crt'),
      dockerfile('FROM python:3.11-slim', 'ENV GIT_SSL_CAINFO=/etc/ssl/certs/corp.pem'),
      dockerfile('FROM python:3.11-slim', 'ENV PIP_INDEX_URL=https://pypi.example.com/simple PIP_CERT=/etc/ssl/certs/corp.pem'),
    ]);
  });

  it('does not catch the variables set to their safe value, empty, in the legacy ENV form or with lower-case keywords', () => {
    quietFiles([
      dockerfile('FROM node:20-slim', 'ENV NPM_CONFIG_STRICT_SSL=true'),
      dockerfile('FROM python:3.11-slim', 'ENV PIP_TRUSTED_HOST='),
      dockerfile('FROM python:3.11-slim', 'ENV PYTHONHTTPSVERIFY 1'),
      dockerfile('from python:3.11-slim', 'env PYTHONHTTPSVERIFY=1', 'run curl -fsSL https://x.io/a -o a'),
    ]);
  });

  it('does not catch the words in a LABEL, or a HEALTHCHECK probing the container itself (nothing is installed)', () => {
    quietFiles([
      dockerfile('FROM python:3.11-slim', 'LABEL note="never set PYTHONHTTPSVERIFY=0 or use curl -k"'),
      dockerfile('FROM python:3.11-slim', 'HEALTHCHECK CMD curl -fk https://localhost:8443/health || exit 1'),
    ]);
  });

  it('does not catch multi-stage builds, continuation lines and a corporate CA installed properly', () => {
    quietFiles([
      dockerfile('FROM python:3.11-slim AS build', 'ARG PYTHONHTTPSVERIFY=1', 'RUN pip install --no-cache-dir --prefix=/install numpy==1.26.4', 'FROM python:3.11-slim', 'COPY --from=build /install /usr/local'),
      dockerfile('FROM python:3.11-slim', 'RUN apt-get update && \\', '    apt-get install -y --no-install-recommends ca-certificates curl && \\', '    curl -fsSL https://x.io/a -o a'),
      dockerfile('FROM python:3.11-slim', 'COPY corp-ca.crt /usr/local/share/ca-certificates/', 'RUN update-ca-certificates && pip install --no-cache-dir numpy==1.26.4'),
    ]);
  });
});
