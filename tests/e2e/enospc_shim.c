/* SPDX-License-Identifier: MIT
 *
 * enospc_shim.c - LD_PRELOAD shim that simulates a full disk for the hostile tests when
 * no small tmpfs can be mounted: writes to files under $FL_ENOSPC_DIR fail with ENOSPC
 * once $FL_ENOSPC_AFTER bytes (default 0) have gone there. Covers write, pwrite,
 * pwrite64, writev and fwrite (stdio's internal writes cannot be interposed).
 * With $FL_KILL_AFTER set instead, the process kills itself (SIGKILL) at the first write
 * there that would take it past that many bytes: a kill at an exact point mid-write.
 * Built by the test itself: cc -shared -fPIC -o enospc.so enospc_shim.c -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static long long written;

static int under_dir(int fd)
{
	const char *dir = getenv("FL_ENOSPC_DIR");
	if (!dir || !*dir || fd < 3)
		return 0;
	char link[64], path[PATH_MAX];
	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, path, sizeof(path) - 1);
	if (n <= 0)
		return 0;
	path[n] = '\0';
	return strncmp(path, dir, strlen(dir)) == 0;
}

/* True when this write of n bytes to fd must fail. */
static int full(int fd, size_t n)
{
	if (!under_dir(fd))
		return 0;
	const char *k = getenv("FL_KILL_AFTER");
	if (k && *k) {
		if (written + (long long)n > atoll(k))
			raise(SIGKILL);
		written += (long long)n;
		return 0;
	}
	const char *a = getenv("FL_ENOSPC_AFTER");
	long long after = a ? atoll(a) : 0;
	if (written + (long long)n > after) {
		errno = ENOSPC;
		return 1;
	}
	written += (long long)n;
	return 0;
}

ssize_t write(int fd, const void *buf, size_t n)
{
	static ssize_t (*real)(int, const void *, size_t);
	if (!real)
		real = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
	return full(fd, n) ? -1 : real(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	static ssize_t (*real)(int, const void *, size_t, off_t);
	if (!real)
		real = (ssize_t (*)(int, const void *, size_t, off_t))dlsym(RTLD_NEXT, "pwrite");
	return full(fd, n) ? -1 : real(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
{
	static ssize_t (*real)(int, const void *, size_t, off_t);
	if (!real)
		real = (ssize_t (*)(int, const void *, size_t, off_t))dlsym(RTLD_NEXT, "pwrite64");
	return full(fd, n) ? -1 : real(fd, buf, n, off);
}

ssize_t writev(int fd, const struct iovec *iov, int cnt)
{
	static ssize_t (*real)(int, const struct iovec *, int);
	if (!real)
		real = (ssize_t (*)(int, const struct iovec *, int))dlsym(RTLD_NEXT, "writev");
	size_t n = 0;
	for (int i = 0; i < cnt; i++)
		n += iov[i].iov_len;
	return full(fd, n) ? -1 : real(fd, iov, cnt);
}

size_t fwrite(const void *p, size_t sz, size_t nm, FILE *f)
{
	static size_t (*real)(const void *, size_t, size_t, FILE *);
	if (!real)
		real = (size_t (*)(const void *, size_t, size_t, FILE *))dlsym(RTLD_NEXT, "fwrite");
	if (full(fileno(f), sz * nm)) {
		f->_flags |= 0x0020; /* _IO_ERR_SEEN: ferror() reports it */
		return 0;
	}
	return real(p, sz, nm, f);
}
