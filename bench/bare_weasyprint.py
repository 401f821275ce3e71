"""Baseline: a bare WeasyPrint process rendering a one-page PDF."""
import sys

from weasyprint import HTML

target = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bare.pdf"
HTML(string="<h1>Briefing</h1><p>One page of text.</p>").write_pdf(target)
