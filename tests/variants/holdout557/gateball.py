"""Gateball (门球) venue returns: percent cells, stacked projects, flat lists (cu01–cu06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout557.common import HEAD, YEAR, book, indicators, money_rows, sign, wan
from tests.variants.holdout557.registry import variant
from tests.variants.kit import YUAN, Book, C, Sheet, mk, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("cu01-gateball-percent-cells", (1,),
         "project, OLD-NAT, operator column (指标性质 as ≥ ≤ =), unit column, typed percent "
         "cells, 万元 only in the number format (correct)")  # fmt: skip
def cu01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="老年人门球场地维护及联赛补助", dept="榆岭县体育局 318",
                 unit="榆岭县老年人体育协会", money=money_rows((48, 40, 8)),
                 goals=["维护12片老年门球场，举办县级老年门球联赛2场。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "维护门球场地数量", "≥", 12, "片"),
        (None, None, "举办县级老年门球联赛", "≥", 2, "场"),
        (None, "质量指标", "场地维护验收合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "维护任务按期完成率", "=", pct(1), "%"),
        (None, "成本指标", "每片场地维护费", "≤", 2.5, "万元/片"),
        ("效益指标", "社会效益指标", "参与门球活动老年人数", "≥", 600, "人"),
        (None, "可持续影响指标", "维护后场地可持续使用年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "参赛老年人满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "蒋秋禾", "0739-5126408")
    return b


@variant("cu02-gateball-lighting-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns: a percent cell over 100 %, a participation "
         "rate given as 人次, 其他资金 formatted in 元 inside a 万元 block")  # fmt: skip
def cu02() -> Book:
    b, s = book()
    other = mk(C(60000, YUAN), "B105", "error",
               note="60,000.00元 shown in the 项目资金（万元） block")  # fmt: skip
    project_head(s, year=YEAR, name="门球场夜间照明改造", dept="石湾县文体旅游局 207",
                 unit="石湾县全民健身服务中心", money=money_rows((36, 30, other)),
                 goals=["完成4片门球场灯光改造，延长老年人晚间活动时间。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="caused by the 元 cell in a 万元 block")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "改造门球场数量", "≥", 4, "片"),
        (None, "质量指标", "灯光照度达标率", "≥",
         mk(pct(1.05), "T106", "error", note="a 达标率 cannot exceed 100 %"), "%"),
        (None, "时效指标", "改造完成时限", "≤", 6, "月"),
        (None, "成本指标", "每片场地改造费", "≤", 9, "万元/片"),
        ("效益指标", "社会效益指标", "老年人夜间活动参与率", "≥",
         mk(300, "T105", "error", row=True, note="a 参与率 given as 300 人次"), "人次"),
        ("满意度指标", "服务对象满意度指标", "老年门球队员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


def _stacked(s: Sheet, name: str, unit: str, money: list[list[object]], goal: str,
             rows: list[tuple[object, ...]], first: bool) -> None:  # fmt: skip
    project_head(s, year=YEAR, name=name, dept="松埠县体育事业发展中心 411", unit=unit,
                 money=money, goals=[goal], title=None if first else "")  # fmt: skip
    indicators(s, HEAD, rows)
    s.skip()


@variant("cu03-gateball-stacked-two", (2,),
         "two gateball projects stacked in one sheet, OLD-NAT, one value column; the same "
         "satisfaction indicator with different values in each project (correct)")  # fmt: skip
def cu03() -> Book:
    b, s = book("项目绩效目标")
    _stacked(s, "城关镇老年门球场翻新", "松埠县城关镇文化站", money_rows((30, 30, 0)),
             "翻新城关镇门球场2片，更换人工草皮。", [
        ("产出指标", "数量指标", "翻新门球场数量", "≥2片"),
        (None, "质量指标", "草皮铺设验收合格率", "=100%"),
        (None, "成本指标", "每片翻新费用", "≤15万元/片"),
        ("效益指标", "社会效益指标", "年接待老年门球爱好者", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "门球爱好者满意度", "≥90%"),
    ], first=True)  # fmt: skip
    _stacked(s, "乡镇老年门球队训练补助", "松埠县老年人体育协会", money_rows((12, 10, 2)),
             "补助全县20支乡镇老年门球队开展日常训练。", [
        ("产出指标", "数量指标", "补助门球队数量", "≥20支"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%"),
        (None, "成本指标", "每支队伍训练补助", "≤0.6万元/支"),
        ("效益指标", "社会效益指标", "参训老年人数", "≥300人"),
        ("满意度指标", "服务对象满意度指标", "门球爱好者满意度", "≥92%"),
    ], first=False)  # fmt: skip
    return b


@variant("cu04-gateball-stacked-wrong", (2, 11),
         "two gateball projects stacked, OLD-NAT, one value column: the second project's annual "
         "total is not its parts, an incident rate with ≥")  # fmt: skip
def cu04() -> Book:
    b, s = book("项目绩效目标")
    _stacked(s, "门球场围网及座椅更新", "松埠县体育场管理所", money_rows((18, 18, 0)),
             "更新3片门球场围网及观众座椅。", [
        ("产出指标", "数量指标", "更新围网长度", "≥420米"),
        (None, "质量指标", "更新设施验收合格率", "=100%"),
        (None, "成本指标", "围网单价", "≤300元/米"),
        ("效益指标", "社会效益指标", "场地年开放天数", "≥300天"),
        ("满意度指标", "服务对象满意度指标", "场地使用者满意度", "≥90%"),
    ], first=True)  # fmt: skip
    total = mk(25, "B101", "error", row=True, note="25 ≠ 20 + 3")
    money = money_rows((total, 20, 3))
    _stacked(s, "老年门球邀请赛", "松埠县老年人体育协会", money,
             "举办全县老年门球邀请赛1届，参赛队伍不少于24支。", [
        ("产出指标", "数量指标", "参赛队伍数量", "≥24支"),
        (None, "质量指标", "比赛伤病事故发生率",
         mk("≥2%", "T108", "warning", row=True, note="an accident rate is 反向: ≤")),
        (None, "时效指标", "赛事完成时间", "10月31日前"),
        ("效益指标", "社会效益指标", "现场观赛群众", "≥1500人次"),
        ("满意度指标", "服务对象满意度指标", "参赛队员满意度", "≥90%"),
    ], first=False)  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
BUDGET = [[wan(320), wan(300), wan(20), wan(210), wan(110)]]
TASKS = [("门球场地开放", "全县门球场免费低收费开放", wan(60), "开放天数不少于300天"),
         ("太极拳推广", "辅导站点建设与指导员培训", wan(50), "新建辅导站点40个"),
         ("金额合计", None, wan(110), None)]  # fmt: skip


@variant("cu05-gateball-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights adding to 100, an incident count ≤0 (correct)")  # fmt: skip
def cu05() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="枫潭县体育局", budget=BUDGET, tasks=TASKS,
                    goal="保障老年门球和太极拳场地开放，扩大老年人健身参与面。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("老年门球场地开放天数", 20, "天", "≥", 300),
        ("太极拳辅导站点数", 15, "个", "≥", 40),
        ("社会体育指导员培训人次", 15, "人次", "≥", 200),
        ("场馆安全事故发生次数", 10, "起", "≤", ok(0, note="0 incidents is a real target")),
        ("老年人体质监测达标率", 15, "%", "≥", pct(0.9)),
        ("健身器材完好率", 10, "%", "≥", 95),
        ("老年健身群众满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    sign(s, "罗映川", "0745-3318260")
    return b


@variant("cu06-gateball-flat-wrong", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def cu06() -> Book:
    b, s = book()
    budget = [[wan(260), wan(240), wan(20), wan(190), wan(70)]]
    department_head(s, year=YEAR, dept="柘川县体育局", budget=budget,
                    goal="改善老年门球活动条件，组织县乡两级老年门球赛事。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("乡镇门球场提质改造数量", "≥6", "正向", "片", 20),
        ("老年门球赛事场次", mk("≥12万元", "T112", "error", alt=("T104",),
                            note="万元 in the value, 场 in the unit column"), "正向", "场", 20),
        ("门球比赛伤病发生率", mk("≥1", "T108", "warning", row=True,
                             note="反向 rate with ≥"), "反向", "%", 15),
        ("场地日均开放时长", "≥8", "正向", "小时", 15),
        ("门球裁判员培训人数", "≥60", "正向", "人", 10),
        ("老年门球爱好者满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20+20+15+15+10+15 = 95, not 100")
    return b
