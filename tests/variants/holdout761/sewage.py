"""Village sewage-pipe network (农村生活污水管网) returns: kcq07 to kcq12."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout761.common import (
    BUREAU,
    DEPT,
    HEAD4,
    book,
    footer,
    indicators,
    money_rows,
    wan,
)  # fmt: skip
from tests.variants.holdout761.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

SHIQU = "石渠镇农村生活污水管网延伸工程"
FENGPING = "枫坪乡农村生活污水管网提升工程"


def shiqu(s: Sheet) -> None:
    """The first stacked project: 8 km × ≤60万元 = 480 ≤ 520."""
    goal = "石渠镇新建污水主管网8公里，接管农户1200户，2025年12月底前完工。"
    project_head(s, year=2025, name=SHIQU, dept=DEPT, unit="松岙县村镇建设服务中心",
                 money=money_rows(520, 450, 70), goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建污水主管网长度", "≥8公里"),
        (None, None, "入户接管户数", "≥1200户"),
        (None, "质量指标", "管网闭水试验合格率", "=100%"),
        (None, "时效指标", "工程完工时间", "12月31日前"),
        (None, "成本指标", "主管网每公里建设成本", "≤60万元/公里"),
        ("效益指标", "生态效益指标", "接管农户生活污水收集率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip


def points(s: Sheet, rows: list[tuple[Any, ...]]) -> None:
    """A table with a tier-1 score column and an indicator score column."""
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table(rows, merged=(1, 2, 3))


@variant("kcq07-wushui-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator with "
         "different values in each project (correct)")  # fmt: skip
def wushui_stacked() -> Book:
    b, s = book()
    shiqu(s)
    s.skip()
    goal = "枫坪乡新建污水主管网5公里，接管农户650户，2025年11月底前完工。"
    project_head(s, year=2025, name=FENGPING, dept=DEPT, unit="松岙县村镇建设服务中心",
                 money=money_rows(310, 310, 0), goals=[goal], title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建污水主管网长度", "≥5公里"),
        (None, None, "入户接管户数", "≥650户"),
        (None, "质量指标", "管网闭水试验合格率", "=100%"),
        (None, "时效指标", "工程完工时间", "11月30日前"),
        (None, "成本指标", "主管网每公里建设成本", "≤55万元/公里"),
        ("效益指标", "生态效益指标", "接管农户生活污水收集率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, 2025, "蓝启伦", "0596-7720461")
    return b


@variant("kcq08-wushui-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT: the second's total is not its parts, its pipe length "
         "differs from its goal, a count sits under 质量")  # fmt: skip
def wushui_stacked_wrong() -> Book:
    b, s = book()
    shiqu(s)
    s.skip()
    goal = "枫坪乡新建污水主管网12公里，接管农户900户，2025年11月底前完工。"
    total = mk(wan(420), "B101", "error", note="360 + 40 = 400，不是420")
    project_head(s, year=2025, name=FENGPING, dept=DEPT, unit="松岙县村镇建设服务中心",
                 money=money_rows(total, 360, 40), goals=[goal], title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建污水主管网长度",
         mk("≥10公里", "D104", "warning", row=True, note="本项目目标写12公里")),
        (None, "质量指标", "管网闭水试验合格率", "=100%"),
        (None, None, "入户接管户数",
         mk("≥900户", "F201", "warning", row=True, note="户数是数量指标，不是质量指标")),
        (None, "时效指标", "工程完工时间", "11月30日前"),
        (None, "成本指标", "主管网每公里建设成本", "≤30万元/公里"),
        ("效益指标", "生态效益指标", "接管农户生活污水收集率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, 2025, "蓝启伦", "0596-7720461")
    return b


@variant("kcq09-wushui-points", (1, 5, 10),
         "project, NAT-2021, numbered tier labels, tier-1 and indicator scores both adding to "
         "100, a rate raised in 百分点, typed percent cells (correct)")  # fmt: skip
def wushui_points() -> Book:
    b, s = book()
    goal = "新建村级污水支管网14公里，完成9个行政村管网提标改造，农村生活污水治理率提高5个百分点。"
    project_head(s, year=2025, name="农村生活污水治理提标改造项目", dept=DEPT, unit=BUREAU,
                 money=money_rows(700, 640, 60), goals=[goal])  # fmt: skip
    points(s, [
        ("一、产出指标", 50, "（一）数量指标", "新建村级污水支管网长度", "≥14公里", 15),
        (None, None, None, "提标改造行政村个数", "≥9个", 10),
        (None, None, "（二）质量指标", "管网验收合格率", pct(1), 10),
        (None, None, None, "终端出水水质达标率", pct(0.95), 5),
        (None, None, "（三）时效指标", "工程完工时间", "12月31日前", 10),
        ("二、成本指标", 10, "经济成本指标", "支管网每公里建设成本", "≤45万元/公里", 10),
        ("三、效益指标", 30, "（一）社会效益指标", "农村人居环境整治村覆盖率", "≥80%", 10),
        (None, None, None, "管网运维责任落实率", "=100%", 10),
        (None, None, "（二）生态效益指标", "农村生活污水治理率较上年提高", "≥5百分点", 10),
        ("四、满意度指标", 10, "服务对象满意度指标", "受益群众满意度", "≥90%", 10),
    ])  # fmt: skip
    footer(s, 2025, "蓝启伦", "0596-7720461")
    return b


@variant("kcq10-wushui-points-wrong", (5, 10),
         "project, NAT-2021, tier-1 and indicator scores: 产出 declares 50 over 45, a 合格率 "
         "under 时效, a satisfaction rate under 社会效益")  # fmt: skip
def wushui_points_wrong() -> Book:
    b, s = book()
    goal = "新建村级污水支管网10公里，完成6个行政村管网提标改造，2025年底前全部通水运行。"
    project_head(s, year=2025, name="农村生活污水治理提标改造项目", dept=DEPT, unit=BUREAU,
                 money=money_rows(500, 460, 40), goals=[goal])  # fmt: skip
    points(s, [
        ("一、产出指标", mk(50, "W103", "error", alt=("W101",), note="其下分值 15+10+5+5+10 = 45"),
         "（一）数量指标", "新建村级污水支管网长度", "≥10公里", 15),
        (None, None, None, "提标改造行政村个数", "≥6个", 10),
        (None, None, "（二）时效指标", "工程完工时间", "12月31日前", 5),
        (None, None, None, "管网验收合格率",
         mk("=100%", "F201", "warning", row=True, note="合格率是质量指标"), 5),
        (None, None, None, "终端设施通水运行时间", "12月31日前", 10),
        ("二、成本指标", 10, "经济成本指标", "支管网每公里建设成本", "≤45万元/公里", 10),
        ("三、效益指标", 30, "（一）社会效益指标", "农村人居环境整治村覆盖率", "≥80%", 10),
        (None, None, None, "群众对村庄人居环境改善的满意度",
         mk("≥88%", "F201", "warning", row=True, note="满意度应在满意度指标下"), 10),
        (None, None, "（二）生态效益指标", "农村生活污水治理率较上年提高", "≥4百分点", 10),
        ("四、满意度指标", 10, "服务对象满意度指标", "受益群众满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，随产出分值不符而来")
    footer(s, 2025, "蓝启伦", "0596-7720461")
    return b


@variant("kcq11-wushui-export", (7, 12),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under a third-row "
         "header with project codes in the first columns (correct)")  # fmt: skip
def wushui_export() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 30, 14, 14, 14, 14))
    code, name = "331127250018", "农村生活污水管网运维补助"
    s.title("2025年度部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目类别")
    s.row(code, name, wan(180), wan(150), wan(30), "常年项目")
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 14, 16, 30, 16))
    t.title("2025年度部门项目支出绩效目标表", 6)
    t.row("单位名称：", BUREAU)
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        (code, name, "产出指标", "数量指标", "运维管网总长度", "≥120公里"),
        (None, None, None, None, "运维终端设施座数", "≥36座"),
        (None, None, None, "质量指标", "终端设施正常运行率", "≥95%"),
        (None, None, None, "时效指标", "故障响应时间", "≤24小时"),
        (None, None, None, "成本指标", "每公里年运维补助", "≤1.5万元/公里"),
        (None, None, "效益指标", "生态效益指标", "终端出水水质达标率", "≥90%"),
        (None, None, "满意度指标", "服务对象满意度指标", "沿线农户满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kcq12-wushui-header-words", (6, 7, 13),
         "project, OLD-NAT, headers 考核指标 and 绩效目标值: a value without a name, the "
         "template's example row left in, a deadline from last year")  # fmt: skip
def wushui_header_words() -> Book:
    b, s = book()
    goal = "完成岭背、茶坞2个行政村污水管网入户改造，接管农户420户，2025年10月底前竣工验收。"
    project_head(s, year=2025, name="岭背茶坞污水管网入户改造项目", dept=DEPT, unit=BUREAU,
                 money=money_rows(168, 150, 18), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "绩效目标值"), [
        ("产出指标", "数量指标", "入户改造行政村个数", "≥2个"),
        (None, None, "接管农户户数", "≥420户"),
        (None, "质量指标", "管网闭水试验合格率", "=100%"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有名称"), "≥95%"),
        (None, None, "示例：XX指标",
         mk("≥XX%", "X101", "error", row=True, note="模板的示例行未删除")),
        (None, "时效指标", "竣工验收时间",
         mk("2024年10月底前", "Y102", "error", alt=("Y103", "D104"),
            note="2025年项目，目标写2025年10月底前")),
        (None, "成本指标", "每户入户改造成本", "≤0.4万元/户"),
        ("效益指标", "生态效益指标", "接管农户生活污水收集率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, 2025, "蓝启伦", "0596-7720461")
    return b
