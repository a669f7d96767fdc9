"""Township (乡镇) and street-office (街道办) project tables: a table starting in column C under
a two-line header repeated after a page break, template rows left, two small projects stacked
in one sheet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.heads import project_head
from tests.variants.holdout30.common import indicators, sign
from tests.variants.holdout30.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def _two_line_head(s: Sheet, col: int) -> None:
    """一级/二级/三级 merged over two rows; 指标值 over 比较符 · 目标值 · 计量单位 · 指标方向."""
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", merge=[(col + 3, col + 6)], col=col)
    s.row(None, None, None, "比较符", "目标值", "计量单位", "指标方向", col=col)
    for c in range(col, col + 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
        s.ws.cell(top, c).alignment = Alignment(vertical="center")


@variant("in09-street-fire-safety-ok", (4, 6, 7), "project, table from column C, two-line header")
def in09() -> Book:
    """Correct: the form starts in column C, the indicator header is two lines (指标值 over
    比较符 · 目标值 · 计量单位 · 指标方向) and is repeated after a page break, times in 秒, a
    death rate per 10万人, 0起, a 注 line and signatures."""
    b = Book()
    s = b.sheet("附表2", widths=(3, 3, 14, 16, 28, 10, 12, 12, 12))
    c = 3
    s.row("2026年度项目支出绩效目标表", merge=[(c, c + 6)], col=c)
    s.row(
        "项目名称",
        "城北街道九小场所消防安全提升",
        None,
        None,
        "主管部门",
        "青梧县城北街道办事处",
        None,
        merge=[(c + 1, c + 3), (c + 5, c + 6)],
        col=c,
    )
    s.row(
        "实施单位",
        "城北街道综合行政执法队",
        None,
        None,
        "项目属性",
        "延续项目",
        None,
        merge=[(c + 1, c + 3), (c + 5, c + 6)],
        col=c,
    )
    s.row(
        "项目资金（万元）",
        "年度资金总额",
        money(78.6, WAN),
        "其中：财政拨款",
        money(78.6, WAN),
        "其他资金",
        money(0, WAN),
        col=c,
    )
    s.row(
        "年度绩效目标",
        "对辖区九小场所开展消防安全检查不少于350家次，建设微型消防站6个，"
        "火灾隐患整改率达到98%，全年不发生亡人火灾。",
        merge=[(c + 1, c + 6)],
        col=c,
    )
    _two_line_head(s, c)
    s.table(
        [
            ("产出指标", "数量指标", "九小场所消防安全检查", "≥", 350, "家次", "正向"),
            (None, None, "建设社区微型消防站", "≥", 6, "个", "正向"),
            (None, "质量指标", "火灾隐患整改率", "≥", pct(0.98), "%", "正向"),
            (None, "时效指标", "微型消防站接警到场时间", "≤", 180, "秒", "反向"),
        ],
        merged=(1, 2),
        col=c,
    )
    s.skip()
    _two_line_head(s, c)
    s.table(
        [
            ("成本指标", "经济成本指标", "手提式灭火器采购单价", "≤", 85, "元/具", "反向"),
            (None, None, "微型消防站建站成本", "≤", 6.5, "万元/个", "反向"),
            ("效益指标", "社会效益指标", "辖区火灾十万人口死亡率", "≤", 0.3, "人/10万人", "反向"),
            (None, None, "亡人火灾事故", "=", 0, "起", "反向"),
            ("满意度指标", "服务对象满意度指标", "商户和居民满意度", "≥", pct(0.9), "%", "正向"),
        ],
        merged=(1, 2),
        col=c,
    )
    s.skip()
    s.row(
        "注：1.九小场所指小商店、小餐饮、小旅馆等；2.十万人口死亡率按常住人口计算。",
        merge=[(c, c + 6)],
        col=c,
    )
    sign(s, 2026, "吴某", "谢某", "0745-3310155", col=c)
    return b


@variant("in10-township-template-rows", (6, 13), "project, 乡镇, template rows, duplicate name")
def in10() -> Book:
    """Wrong: an indicator pasted twice, a 质量指标 row left from the template, a value with no
    indicator name."""
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="镇村应急广播及应急物资储备",
        dept="河湾镇人民政府 901",
        unit="河湾镇应急管理办公室",
        money=[
            ("年度资金总额", money(52, WAN), "其中：财政拨款", money(52, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["为全镇85个自然村安装应急广播终端，建成镇级应急物资储备库1个。"],
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "安装村级应急广播终端", "≥85个"),
            (None, None, "建成镇级应急物资储备库", "≥1个"),
            (
                None,
                None,
                mk("安装村级应急广播终端", "D101", "warning", row=True, alt=("D102",)),
                "≥85个",
            ),
            (None, mk("质量指标", "F109", "warning", row=True), None, None),
            (None, "时效指标", "广播终端安装完成时间", "2026年10月31日前"),
            ("成本指标", "经济成本指标", "单个广播终端购置成本", "≤0.35万元/个"),
            ("效益指标", "社会效益指标", mk(None, "F110", "error"), "≥90%"),
            (None, None, "灾害预警信息进村入户率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
        ],
    )
    return b


def _small(
    s: Sheet, title: str | None, name: str, amount: float, goal: str, rows: Sequence[Sequence[Any]]
) -> None:
    project_head(
        s,
        year=2026,
        title=title,
        name=name,
        dept="桐溪镇人民政府 903",
        unit="桐溪镇应急管理办公室",
        money=[
            ("年度资金总额", money(amount, WAN), "其中：财政拨款", money(amount, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[goal],
    )
    indicators(s, HEAD, rows)


@variant("in16-township-stacked-ok", (2,), "two small township projects stacked in one sheet")
def in16() -> Book:
    """Correct: two subsidy projects one under the other; each standard × people × 12 months
    equals its money."""
    b = Book()
    s = b.sheet("项目绩效目标")
    _small(
        s,
        None,
        "灾害信息员误工补贴",
        18.72,
        "保障全镇52名灾害信息员履职，灾情信息及时准确上报。",
        [
            ("产出指标", "数量指标", "灾害信息员人数", "52人"),
            (None, "质量指标", "灾情信息报送准确率", "≥95%"),
            (None, "时效指标", "灾情初报时间", "灾情发生后1小时内"),
            ("成本指标", "经济成本指标", "误工补贴标准", "300元/人·月"),
            ("效益指标", "社会效益指标", "灾情信息迟报漏报", "0起"),
            ("满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%"),
        ],
    )
    s.skip(2)
    _small(
        s,
        "",
        "地质灾害群测群防监测员补助",
        8.64,
        "聘用36名群测群防监测员，对36处地质灾害隐患点开展汛期巡查。",
        [
            ("产出指标", "数量指标", "监测地质灾害隐患点", "≥36处"),
            (None, None, "汛期每处隐患点巡查次数", "≥2次/月"),
            (None, "质量指标", "隐患点监测覆盖率", "100%"),
            (None, "时效指标", "险情发现至报告时间", "≤30分钟"),
            ("成本指标", "经济成本指标", "监测员补助标准", "≤200元/人·月"),
            ("效益指标", "社会效益指标", "因地质灾害造成人员伤亡", "不发生"),
            ("满意度指标", "服务对象满意度指标", "受威胁群众满意度", "≥90%"),
        ],
    )
    sign(s, 2026, "黄某", "梁某", "0736-5530903")
    return b
