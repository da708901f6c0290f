"""The notebooks run top to bottom on a kernel of this interpreter, and are kept in git without outputs."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
CORPUS = NOTEBOOKS.parents[1] / "shared" / "corpus"
NEEDS_CORPUS = {"03-accuracy"}


@pytest.fixture(scope="module")
def kernel(tmp_path_factory, monkeypatch_module) -> str:
    """A kernelspec that starts this very interpreter (the venv's), found before any system one."""
    home = tmp_path_factory.mktemp("jupyter")
    spec = home / "kernels" / "kpu-extract-venv"
    spec.mkdir(parents=True)
    spec.joinpath("kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "kpu-extract venv", "language": "python"}), encoding="utf-8")
    monkeypatch_module.setenv("JUPYTER_PATH", str(home))
    monkeypatch_module.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    return "kpu-extract-venv"


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: strip the outputs"


def test_the_three_notebooks_are_there():
    assert [p.stem for p in sorted(NOTEBOOKS.glob("*.ipynb"))] == ["01-quickstart", "02-corpus", "03-accuracy"]


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.stem)
def test_notebook_runs(path, kernel):
    if path.stem in NEEDS_CORPUS and not CORPUS.exists():
        pytest.skip(f"{path.name} scores the gold test split, which needs the shared corpus at {CORPUS}")
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=600, kernel_name=kernel,
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert outputs
    if path.stem == "02-corpus":
        figures = [o for o in outputs if "image/png" in o.get("data", {})]
        assert len(figures) == 2  # events per type per month; articles per office
    if path.stem == "01-quickstart":
        assert any('<mark class="person"' in o.get("data", {}).get("text/html", "") for o in outputs)
