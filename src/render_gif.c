/* SPDX-License-Identifier: MIT
 *
 * render_gif.c - an animated GIF of rendered days (giflib).
 *
 * Maps are flat colours, so a popularity palette works well: a histogram of colours at
 * 5 bits per channel over all frames, the 256 most common bins become the palette, and
 * every bin maps to its nearest palette entry. One global palette keeps the frames from
 * flickering. Written to a temporary file and renamed.
 */
#include "render.h"

#include <gif_lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int bin_of(uint32_t px)
{
	return (int)(((px >> 19) & 31) << 10 | ((px >> 11) & 31) << 5 | ((px >> 3) & 31));
}

typedef struct bincount {
	int bin;
	size_t n;
} bincount;

static int cmp_count(const void *a, const void *b)
{
	const bincount *x = a, *y = b;
	if (x->n != y->n)
		return x->n < y->n ? 1 : -1;
	return x->bin - y->bin;
}

fl_status fl_gif_write(const char *path, uint32_t *const *frames, size_t nframes, int width,
		       int height, int delay_cs, fl_error *err)
{
	if (!nframes || width <= 0 || height <= 0 || width > 65535 || height > 65535)
		return fl_error_set(err, FL_EINVAL, path, 0, "nothing to animate");
	size_t npx = (size_t)width * (size_t)height;
	bincount *hist = calloc(32768, sizeof(*hist));
	unsigned char *lut = malloc(32768);
	GifByteType *line = malloc((size_t)width);
	char *tmp = fl_tmp_path(path);
	fl_status rc = FL_OK;
	GifFileType *gf = NULL;
	int gerr = 0;
	ColorMapObject *cmap = NULL;
	if (!hist || !lut || !line || !tmp) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	for (int i = 0; i < 32768; i++)
		hist[i].bin = i;
	for (size_t f = 0; f < nframes; f++)
		for (size_t i = 0; i < npx; i += 2)	/* every other pixel is plenty */
			hist[bin_of(frames[f][i])].n++;
	qsort(hist, 32768, sizeof(*hist), cmp_count);
	int ncol = 0;
	while (ncol < 256 && hist[ncol].n)
		ncol++;
	if (ncol < 2)
		ncol = 2;
	cmap = GifMakeMapObject(256, NULL);
	if (!cmap) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	int pr[256], pg[256], pb[256];
	for (int i = 0; i < 256; i++) {
		int b = i < ncol ? hist[i].bin : 0;
		pr[i] = ((b >> 10) & 31) * 255 / 31;
		pg[i] = ((b >> 5) & 31) * 255 / 31;
		pb[i] = (b & 31) * 255 / 31;
		cmap->Colors[i].Red = (GifByteType)pr[i];
		cmap->Colors[i].Green = (GifByteType)pg[i];
		cmap->Colors[i].Blue = (GifByteType)pb[i];
	}
	for (int b = 0; b < 32768; b++) {
		int r = ((b >> 10) & 31) * 255 / 31, g = ((b >> 5) & 31) * 255 / 31, bl = (b & 31) * 255 / 31;
		int best = 0, bd = 1 << 30;
		for (int i = 0; i < ncol; i++) {
			int dr = r - pr[i], dg = g - pg[i], db = bl - pb[i];
			int dd = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
			if (dd < bd) {
				bd = dd;
				best = i;
			}
		}
		lut[b] = (unsigned char)best;
	}

	gf = EGifOpenFileName(tmp, false, &gerr);
	if (!gf) {
		rc = fl_error_set(err, FL_EIO, tmp, 0, "cannot write '%s': %s", tmp, GifErrorString(gerr));
		goto out;
	}
	EGifSetGifVersion(gf, true);
	if (EGifPutScreenDesc(gf, width, height, 8, 0, cmap) == GIF_ERROR)
		goto gif_fail;
	/* Loop forever (NETSCAPE2.0 application extension). */
	unsigned char loop[3] = { 1, 0, 0 };
	if (EGifPutExtensionLeader(gf, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
	    EGifPutExtensionBlock(gf, 11, "NETSCAPE2.0") == GIF_ERROR ||
	    EGifPutExtensionBlock(gf, 3, loop) == GIF_ERROR || EGifPutExtensionTrailer(gf) == GIF_ERROR)
		goto gif_fail;
	for (size_t f = 0; f < nframes; f++) {
		GraphicsControlBlock gcb = { .DisposalMode = DISPOSAL_UNSPECIFIED,
					     .UserInputFlag = false,
					     .DelayTime = (f + 1 == nframes) ? delay_cs * 3 : delay_cs,
					     .TransparentColor = NO_TRANSPARENT_COLOR };
		GifByteType ext[4];
		size_t elen = EGifGCBToExtension(&gcb, ext);
		if (EGifPutExtension(gf, GRAPHICS_EXT_FUNC_CODE, (int)elen, ext) == GIF_ERROR ||
		    EGifPutImageDesc(gf, 0, 0, width, height, false, NULL) == GIF_ERROR)
			goto gif_fail;
		for (int y = 0; y < height; y++) {
			const uint32_t *row = frames[f] + (size_t)y * (size_t)width;
			for (int x = 0; x < width; x++)
				line[x] = lut[bin_of(row[x])];
			if (EGifPutLine(gf, line, width) == GIF_ERROR)
				goto gif_fail;
		}
	}
	if (EGifCloseFile(gf, &gerr) == GIF_ERROR) {
		gf = NULL;
		rc = fl_error_set(err, FL_EIO, tmp, 0, "cannot write '%s': %s", tmp, GifErrorString(gerr));
		goto out;
	}
	gf = NULL;
	rc = fl_commit_file(tmp, path, err);
	goto out;
gif_fail:
	rc = fl_error_set(err, FL_EIO, tmp, 0, "cannot write '%s': %s", tmp, GifErrorString(gf->Error));
out:
	if (gf)
		EGifCloseFile(gf, &gerr);
	if (rc && tmp)
		remove(tmp);
	if (cmap)
		GifFreeMapObject(cmap);
	free(hist);
	free(lut);
	free(line);
	free(tmp);
	return rc;
}
