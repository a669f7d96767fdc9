"""Trail returns (yy07–yy12): lava-plateau loops, crater-rim paths, railings, upkeep."""

from __future__ import annotations

from tests.variants.holdout457.common import (
    notes,
    period_money,
    project,
    sign,
    start,
    table,
    year_money,
)
from tests.variants.holdout457.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("yy07-stacked-loop-railing", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, 游客满意度 with "
         "different values in each, a 0起 accident count (correct)")  # fmt: skip
def yy07() -> Book:
    b, s = start()
    project(s, "熔岩台地环线步道修缮", year_money(120, 100, 20),
            ["修缮熔岩台地环线步道8.5公里，消除塌陷和积水隐患。"])  # fmt: skip
    table(s, ONE, [
        ("产出指标", "数量指标", "修缮步道里程", "≥8.5公里"),
        (None, "质量指标", "步道修缮验收合格率", "≥95%"),
        (None, "时效指标", "主线修缮完成时间", "6月30日前"),
        (None, "成本指标", "每公里修缮成本", "≤12万元/公里"),
        ("效益指标", "社会效益指标", "环线步道年通行游客", "≥15万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", pct(0.9)),
    ])  # fmt: skip
    s.skip()
    project(s, "火山锥登顶步道安全护栏安装", year_money(48, 48, 0),
            ["在火山锥登顶步道陡坡段安装安全护栏2.4公里。"], title="")  # fmt: skip
    table(s, ONE, [
        ("产出指标", "数量指标", "新装安全护栏长度", "≥2.4公里"),
        (None, "质量指标", "护栏安装验收合格率", "=100%"),
        (None, "时效指标", "护栏安装完成时间", "9月30日前"),
        (None, "成本指标", "每公里护栏安装成本", "≤18万元/公里"),
        ("效益指标", "社会效益指标", "登顶步道游客坠落事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", pct(0.92)),
    ])  # fmt: skip
    sign(s, "邬晴川", "0736-5128072", day(2025, 1, 13))
    return b


@variant("yy08-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates is given in 公里")  # fmt: skip
def yy08() -> Book:
    b, s = start()
    project(s, "熔岩隧道游览步道照明改造", year_money(66, 60, 6),
            ["改造熔岩隧道游览步道照明1.2公里，更换节能灯具。"])  # fmt: skip
    table(s, ONE, [
        ("产出指标", "数量指标", "照明改造里程", "≥1.2公里"),
        (None, "质量指标", "灯具安装验收合格率", "≥98%"),
        (None, "时效指标", "改造完成时间", "5月31日前"),
        (None, "成本指标", "每公里照明改造成本", "≤50万元/公里"),
        ("效益指标", "生态效益指标", "隧道照明能耗下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(56), "B101", "error", note="50 + 9 = 59, not 56")
    project(s, "火山口缘步道防滑处理", [["年度资金总额", total, "其中：财政拨款", money(50)],
            ["其他资金", money(9)]], ["对火山口缘步道4公里进行防滑处理。"], title="")  # fmt: skip
    rate = mk("4公里", "T105", "error", note="合格率 given as a length")
    table(s, ONE, [
        ("产出指标", "数量指标", "防滑处理步道里程", "≥4公里"),
        (None, "质量指标", "防滑处理验收合格率", rate),
        (None, "时效指标", "防滑处理完成时间", "10月31日前"),
        (None, "成本指标", "每公里防滑处理成本", "≤12万元/公里"),
        ("效益指标", "社会效益指标", "步道滑倒受伤事件", "≤2起"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬晴川", "0736-5128072", day(2025, 1, 13))
    return b


@variant("yy09-trail-network-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: counts below their period, rates "
         "and a design life equal in both (correct)")  # fmt: skip
def yy09() -> Book:
    b, s = start()
    project(s, "墨峦火山地质公园步道体系建设", period_money((900, 800, 100), (300, 270, 30)),
            ["三年建成24公里地质科考步道和9处观景平台，形成环火山口游线。",
             "2025年建成8公里步道和3处观景平台。"], years=3)  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "新建地质科考步道", "≥24公里", "≥8公里"),
        (None, None, "新建观景平台", "≥9个", "≥3个"),
        (None, "质量指标", "步道工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "建设完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每公里步道建设成本", "≤30万元/公里", "≤30万元/公里"),
        ("效益指标", "社会效益指标", "步道沿线接待游客", "≥60万人次", "≥18万人次"),
        (None, "可持续影响指标", "步道设计使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬晴川", "0736-5128072", day(2025, 1, 13))
    return b


@variant("yy10-crater-rim-period-wrong", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied into "
         "the 年度 column, one annual length above its period length")  # fmt: skip
def yy10() -> Book:
    b, s = start()
    project(s, "火山口缘步道与标识系统建设", period_money((600, 520, 80), (240, 210, 30)),
            ["三年建成火山口缘步道10公里，配套标识牌和休憩点。",
             "2025年完成西段步道和首批标识牌。"], years=3)  # fmt: skip
    copy = "cumulative count over three years copied into the 年度 column"
    table(s, TWO, [
        ("产出指标", "数量指标", "建成火山口缘步道", "≥10公里",
         mk("≥14公里", "D201", "error", note="annual 14 km above the period's 10 km")),
        (None, None, "安装导向及警示标识牌", "≥150块", mk("≥150块", "D202", "warning", note=copy)),
        (None, None, "建设游客休憩点", "≥12处", mk("≥12处", "D202", "warning", note=copy)),
        (None, "质量指标", "步道工程验收合格率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "标识牌制作安装单价", "≤0.6万元/块", "≤0.6万元/块"),
        ("效益指标", "社会效益指标", "火山口缘游客安全事故", "≤0起", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬晴川", "0736-5128072", day(2025, 1, 13))
    return b


@variant("yy11-patrol-notes-headers", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准; a 注 row inside the table, the header "
         "repeated after a page break, 填表说明, a signature dated the year before "
         "(correct)")  # fmt: skip
def yy11() -> Book:
    b, s = start()
    project(s, "火山遗迹步道巡护与养护", year_money(72, 60, 12),
            ["全年巡护养护遗迹步道36公里，破损点位及时修复，保障游客安全。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    table(s, head, [
        ("产出指标", "数量指标", "步道日常巡护次数", "≥300次"),
        (None, None, "步道养护里程", "≥36公里"),
        (None, "质量指标", "路面破损修复合格率", "≥95%"),
        (None, "时效指标", "破损点位修复时限", "≤7天"),
        (None, "成本指标", "每公里年养护成本", "≤1.5万元/公里"),
    ])  # fmt: skip
    notes(s, "注：巡护次数含节假日加密巡护，每日至少一次。", width=4)
    s.skip()
    table(s, head, [
        ("效益指标", "社会效益指标", "步道游客安全事故", "≤0起"),
        (None, "生态效益指标", "步道外踩踏新增裸地面积", "≤0.3亩"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值应填写比较符、数值和单位；2.成本指标按年度预算测算。", width=4)
    sign(s, "岑砚秋", "0736-5128085", day(2024, 12, 16))
    return b


@variant("yy12-surface-lines-wrong", (12, 4),
         "project, OLD-NAT, one value column, a 说明 row and a money detail block under the table: "
         "lines not adding to their 合计, a unit cost × length above the budget")  # fmt: skip
def yy12() -> Book:
    b, s = start()
    project(s, "熔岩台地步道面层修复", year_money(25, 22, 3),
            ["修复熔岩台地步道面层20公里，疏通排水沟，更换警示标识。"])  # fmt: skip
    cap = mk("≤1.5万元/公里", "B107", "warning", row=True,
             note="1.5 × 20 公里 = 30 万元, above the 25 万元 budget")  # fmt: skip
    table(s, ONE, [
        ("产出指标", "数量指标", "修复步道面层里程", "≥20公里"),
        (None, "质量指标", "面层修复验收合格率", "≥95%"),
        (None, "时效指标", "修复完成时间", "11月30日前"),
        (None, "成本指标", "每公里面层修复成本", cap),
        ("效益指标", "社会效益指标", "步道通行中断天数", "≤10天"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：面层修复采用火山渣透水铺装。", width=4)
    s.skip()
    s.row("项目资金明细（万元）", "明细项目", "测算依据", "金额")
    s.row(None, "步道面层修复", "20公里×0.6万元/公里", money(12))
    s.row(None, "排水沟清淤", "8公里×1万元/公里", money(8))
    s.row(None, "警示标识更换", "35块×0.1万元/块", money(3.5))
    s.row(None, "合计", None, mk(money(25), "B102", "error", note="12 + 8 + 3.5 = 23.5"))
    sign(s, "岑砚秋", "0736-5128085", day(2025, 1, 8))
    return b
