"""Returns av13–av18: department returns, a budget-system export and a template left half filled
by the offices that run the dialect archive and the readers."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout506.common import (
    TIERS3,
    indicators,
    new_book,
    notes,
    signature,
    year_money,
)
from tests.variants.holdout506.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct


def w(*values: float) -> list[Any]:
    """A line of amounts in 万元 (unit in the number format)."""
    return [money(v, WAN) for v in values]


def task(name: str, content: str, amount: Any, goal: str | None) -> list[Any]:
    return [name, content, amount if not isinstance(amount, int | float) else money(amount, WAN),
            goal]  # fmt: skip


def flat(s: Sheet, header: tuple[str, ...], rows: list[list[Any]]) -> None:
    """A flat list (no tiers) under a 年度绩效指标 title line."""
    s.row("年度绩效指标", merge=[(1, len(header))])
    s.row(*header)
    for r in rows:
        s.row(*r)


@variant("av13-dept-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100, a zero-incident target (correct)")  # fmt: skip
def av13() -> Book:
    b, s = new_book()
    department_head(s, year=2025, dept="云岫市方言文化保护中心", budget=[w(620, 580, 40, 410, 210)],
                    tasks=[task("方言有声档案库运维", "档案库运维与新增语料入库", 120,
                                "全年稳定运行"),
                           task("乡土方言读本编印", "编印读本并送教到校", 90, "覆盖全市小学"),
                           task("金额合计", "", 210, None)],
                    goal="守护本市方言：扩充方言有声档案，推动方言读本进入课堂。")  # fmt: skip
    flat(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ["新增入库方言语料", 20, "条", "≥", 3000],
        ["档案库年访问量", 15, "人次", "≥", 30000],
        ["读本覆盖小学比例", 15, "%", "≥", pct(0.9)],
        ["语料标注差错率", 15, "%", "≤", pct(0.02)],
        ["方言数据安全事故", 10, "起", "≤", 0],
        ["每千条语料整理成本", 10, "万元/千条", "≤", 1.2],
        ["服务对象满意度", 15, "%", "≥", pct(0.92)],
    ])  # fmt: skip
    s.row("合计", 100)
    signature(s, "覃望舒", "黎一帆", "5206618")
    return b


@variant("av14-dept-flat-wrong", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a "
         "unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def av14() -> Book:
    b, s = new_book()
    department_head(s, year=2025, dept="鹭汀县文化馆", budget=[w(300, 280, 20, 210, 90)],
                    tasks=[task("方言曲艺录制", "录制方言曲艺节目", 50, "录制节目≥40个"),
                           task("方言讲古进社区", "组织方言讲古活动", 40, "覆盖各乡镇"),
                           task("金额合计", "", 90, None)],
                    goal="录制方言曲艺，把方言讲古送进社区。")  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+15+10+20 = 95 ≠ 100")
    flat(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ["录制方言曲艺节目", "≥40", "正向", "个", 20],
        ["方言讲古进社区场次",
         mk("≥30场", "T112", "error", note="值的单位“场”与计量单位列“人”不一致"), "正向", "人", 15],
        ["方言档案借阅投诉率",
         mk("≥2%", "T108", "warning", row=True, note="投诉率是反向指标，应为 ≤"), "反向", "%", 15],
        ["节目音像资料完好率", pct(0.98), "正向", "%", 15],
        ["每个节目录制成本", "≤1.2", "反向", "万元/个", 10],
        ["观众满意度", pct(0.9), "正向", "%", 20],
    ])  # fmt: skip
    signature(s, "龚秀澜", "莫闻笛", "7726190")
    return b


TIER_W = (*TIERS3, "指标值", "权重")


@variant("av15-dept-page-break", (12, 4),
         "department, NAT-2021, weight column: tasks adding to 金额合计, the header repeated "
         "after a page break, subtotal and total rows, a footnote on the total "
         "(correct)")  # fmt: skip
def av15() -> Book:
    b, s = new_book()
    department_head(s, year=2025, dept="栖梧县方言文化研究所", budget=[w(850, 800, 50, 520, 330)],
                    tasks=[task("方言语料采录", "全县方言点语料采录", 150, "采录方言点≥30个"),
                           task("方言读本编印及培训", "编印读本、培训教师", 110, "读本≥15000册"),
                           task("方言文化展演", "方言戏曲童谣展演", 70, "观众≥20000人次"),
                           task("金额合计", "", 330, None)],
                    goal="采录全县方言语料，编印方言读本，办好方言文化展演。")  # fmt: skip
    indicators(s, TIER_W, [
        ["产出指标", "数量指标", "采录方言点", "≥30个", 15],
        [None, None, "编印方言读本", "≥15000册", 10],
        [None, "质量指标", "语料入库合格率", "≥95%", 10],
        [None, "时效指标", "采录任务按期完成率", "≥90%", 15],
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip(2)
    s.row(*TIER_W)
    s.table([
        ["成本指标", "经济成本指标", "每册读本印制成本", "≤42元/册", 10],
        ["效益指标", "社会效益指标", "方言文化展演观众人次", "≥20000人次", 15],
        [None, "可持续影响指标", "方言语料库开放年限", "≥5年", 10],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 15],
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    notes(s, "注：合计100分为两个小计之和；预算执行率另行评价，不列入本表。", width=5)
    signature(s, "阮听松", "游静", "6617204")
    return b


@variant("av16-dept-money-wrong", (12,),
         "department, NAT-2021, two-row indicator header: 基本支出 + 项目支出 ≠ 资金总额, "
         "tasks not adding to 金额合计")  # fmt: skip
def av16() -> Book:
    b, s = new_book()
    total = mk(money(500, WAN), "B101", "error", note="基本支出 330 + 项目支出 180 = 510 ≠ 500")
    whole = mk(money(180, WAN), "B102", "error", note="80 + 60 + 45 = 185 ≠ 180")
    department_head(s, year=2025, dept="芗岚区文化馆", budget=[[total, *w(460, 40, 330, 180)]],
                    tasks=[task("方言剧目复排", "复排方言传统剧目", 80, "复排剧目≥4部"),
                           task("方言剧目进校园", "剧目进中小学演出", 60, "演出≥30场"),
                           task("方言剧本整理", "整理出版方言剧本", 45, "出版剧本集1部"),
                           task("金额合计", "", whole, None)],
                    goal="复排方言传统剧目并送进校园，整理出版方言剧本。")  # fmt: skip
    s.row("绩效指标", None, None, "绩效目标", merge=[(1, 3)])
    indicators(s, (*TIERS3, "指标值"), [
        ["产出指标", "数量指标", "复排方言传统剧目", "≥4部"],
        [None, None, "进校园演出场次", "≥30场"],
        [None, "质量指标", "演出验收合格率", "≥95%"],
        [None, "时效指标", "剧本集出版时间", "2025年11月30日前"],
        ["成本指标", "经济成本指标", "每场进校园演出成本", "≤1.8万元/场"],
        ["效益指标", "社会效益指标", "观看演出师生人次", "≥12000人次"],
        [None, "可持续影响指标", "方言剧目常演剧目数", "≥2部"],
        ["满意度指标", "服务对象满意度指标", "师生观众满意度", "≥90%"],
    ])  # fmt: skip
    signature(s, "古映川", "唐沐", "3385021")
    return b


def export_rows(code: str, name: str, rows: list[list[Any]]) -> list[list[Any]]:
    """Export lines: project code and name in the first columns, tiers repeated in every row."""
    return [[code, name, *r] for r in rows]


@variant("av17-system-export", (4, 7),
         "budget-system export: 05-1 money sheet, 05-2 indicator sheet with the header on the "
         "third row, project codes in the first columns, header 目标值（年度） "
         "(correct)")  # fmt: skip
def av17() -> Book:
    b, s = new_book("部门项目支出预算05-1", (16, 26, 12, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：云岫市方言文化保护中心（208003）", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    s.row("208003250001", "方言语料采录项目", "延续项目", *w(150, 140, 10))
    s.row("208003250002", "方言读本编印项目", "新增项目", *w(110, 110, 0))
    s.row("合计", None, None, *w(260, 250, 10))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 18, 26, 10, 12, 12))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：云岫市方言文化保护中心（208003）")
    t.row("项目编码", "项目名称", *TIERS3, "指标性质", "目标值（年度）", "度量单位")
    p1, p2 = ("208003250001", "方言语料采录项目"), ("208003250002", "方言读本编印项目")
    for r in export_rows(*p1, [
        ["产出指标", "数量指标", "采录方言语料时长", "≥", 500, "小时"],
        ["产出指标", "质量指标", "语料转写校对合格率", "≥", 95, "%"],
        ["产出指标", "时效指标", "年度采录任务按期完成率", "≥", 90, "%"],
        ["成本指标", "经济成本指标", "每小时语料采录成本", "≤", 0.25, "万元/小时"],
        ["效益指标", "社会效益指标", "语料库对外服务人次", "≥", 8000, "人次"],
        ["满意度指标", "服务对象满意度指标", "发音人满意度", "≥", 90, "%"],
    ]) + export_rows(*p2, [
        ["产出指标", "数量指标", "编印方言读本", "大于等于", 20000, "册"],
        ["产出指标", "质量指标", "读本印制质量合格率", "等于", 100, "%"],
        ["产出指标", "时效指标", "读本发放及时率", "大于等于", 95, "%"],
        ["成本指标", "经济成本指标", "单册读本编印成本", "小于等于", 50, "元/册"],
        ["效益指标", "可持续影响指标", "读本循环使用年限", "大于等于", 3, "年"],
        ["满意度指标", "服务对象满意度指标", "学生家长满意度", "大于等于", 90, "%"],
    ]):  # fmt: skip
        t.row(*r)
    return b


@variant("av18-speaker-empty-rows", (6, 13),
         "project, NAT-2021, header 预期目标: two 成本 tier-2 labels left from the template "
         "without indicators, a value without a name")  # fmt: skip
def av18() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="栖梧县方言发音人建档项目", dept="栖梧县文化广电局（306）",
                 unit="栖梧县档案馆", money=year_money(25, 22, 3),
                 goals=["为全县方言发音人建立个人档案，录制基础字表音频。"])  # fmt: skip
    left = "模板行：二级指标下没有三级指标和指标值"
    indicators(s, (*TIERS3, "预期目标"), [
        ["产出指标", "数量指标", "方言发音人建档", "≥50人"],
        [None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥200小时"],
        [None, "质量指标", "发音人档案信息完整率", "≥95%"],
        [None, "时效指标", "建档完成时间", "2025年10月31日前"],
        ["成本指标", "经济成本指标", "每位发音人建档补助", "≤800元/人"],
        [None, mk("社会成本指标", "F109", "warning", row=True, note=left)],
        [None, mk("生态环境成本指标", "F109", "warning", row=True, note=left)],
        ["效益指标", "社会效益指标", "发音人档案公开展示人次", "≥2000人次"],
        [None, "可持续影响指标", "发音人档案长期保存率", "100%"],
        ["满意度指标", "服务对象满意度指标", "发音人满意度", "≥90%"],
    ])  # fmt: skip
    signature(s, "岑立昀", "卢小棠", "6603418")
    return b
