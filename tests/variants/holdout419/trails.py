"""The urban trail network (城市步道网): xm07–xm12, items 2, 7, 9, 11, 12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout419.common import (
    TRAILS,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout419.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
DEPT = "澄湾市体育局（317）"


@variant(
    "xm07-trail-money-detail",
    (12, 9),
    "project, OLD-NAT, 资金明细 lines under the table "
    "adding to the total, amounts in a 万元 number format, =100% as text (correct)",
)
def xm07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="栖枫湾滨水步道新建工程", dept=DEPT, unit=TRAILS,
                 attr="一次性项目", money=one_year(380, 350, 30),
                 start=day(YEAR, 3, 1), end=day(YEAR, 11, 30),
                 goals=["新建滨水步道12公里，设置标识导视牌240块，11月底前竣工。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建步道里程", "≥12公里"),
        (None, None, "标识导视牌设置数量", "≥240块"),
        (None, "质量指标", "竣工验收合格率", "=100%"),
        (None, "时效指标", "工程完工时间", "11月30日前"),
        (None, "成本指标", "步道铺装单价", "≤26万元/公里"),
        ("效益指标", "社会效益指标", "步道日均使用人次", "≥3000人次"),
        (None, "可持续影响指标", "步道设计使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", pct(0.92)),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", "步道铺装", wan(320), "标识导视系统", wan(45))
    s.row(None, "导视二维码平台", wan(15), "合计", wan(380))
    notes(s, "注：合计380万元含其他资金30万元（沿线商户共建出资），与年度资金总额一致。")
    sign(s, "项澄", "0759-6630 2218")
    return b


@variant("xm08-trail-money-wrong", (12, 9), "project, OLD-NAT: 年度资金总额 150 ≠ 120 + 20, the "
         "planned end date typed as a date serial in a text cell")  # fmt: skip
def xm08() -> Book:
    b, s = book()
    serial = mk("46356", "X104", "warning", note="2026-11-30 as a serial in a text cell")
    project_head(s, year=YEAR, name="苍箬岭登山步道提升改造", dept=DEPT, unit=TRAILS,
                 attr="一次性项目", end=serial,
                 money=[("年度资金总额", mk(wan(150), "B101", "error", note="120 + 20 = 140"),
                         "其中：财政拨款", wan(120)), ("其他资金", wan(20), None, None)],
                 goals=["改造登山步道6.5公里，增设休憩驿站4座。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造步道里程", "≥6.5公里"),
        (None, None, "新增休憩驿站", "≥4座"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "改造完成时间", "11月30日前"),
        (None, "成本指标", "步道改造单价", "≤15万元/公里"),
        ("效益指标", "社会效益指标", "登山步道年通行人次", "≥50万人次"),
        ("满意度指标", "服务对象满意度指标", "登山游客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "项澄", "0759-6630 2218")
    return b


def stacked_project(s: Sheet, first: bool, name: str, money: list[tuple[object, ...]],
                    goal: str, rows: list[tuple[object, ...]]) -> None:  # fmt: skip
    """One project of a stacked sheet: its head and its own indicator table."""
    if not first:
        s.skip()
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=TRAILS, money=money, goals=[goal],
                 title=None if first else "")  # fmt: skip
    indicators(s, HEAD4, rows)


@variant("xm09-trail-stacked", (2,), "two trail projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator name with different values (correct)")  # fmt: skip
def xm09() -> Book:
    b, s = book()
    stacked_project(s, True, "滨河步道日常养护", one_year(64, 64, 0),
                    "养护滨河步道38公里，保持路面完好。", [
        ("产出指标", "数量指标", "养护步道里程", "≥38公里"),
        (None, None, "步道巡查频次", "≥2次/周"),
        (None, "质量指标", "路面完好率", "≥96%"),
        (None, "成本指标", "每公里年养护成本", "≤1.6万元/公里"),
        ("效益指标", "社会效益指标", "步道开放率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "步道使用者满意度", "≥90%"),
    ])  # fmt: skip
    stacked_project(s, False, "环湖步道夜间照明运维", one_year(28, 25, 3),
                    "运维环湖步道照明灯杆860根，保障夜间健身。", [
        ("产出指标", "数量指标", "照明灯杆运维数量", "≥860根"),
        (None, None, "步道巡查频次", "≥1次/日"),
        (None, "质量指标", "照明亮灯率", "≥98%"),
        (None, "成本指标", "单杆年运维成本", "≤300元/根"),
        ("效益指标", "社会效益指标", "夜间步道使用人次增长率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "夜间健身市民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xm10-trail-stacked-defects", (2, 11), "two trail projects stacked, OLD-NAT, one value "
         "column: the second has a 反向 破损率 with ≥ and a 合格率 above 100%")  # fmt: skip
def xm10() -> Book:
    b, s = book()
    stacked_project(s, True, "口袋公园步道连通工程", one_year(96, 90, 6),
                    "连通口袋公园步道9处，新增连接段4.2公里。", [
        ("产出指标", "数量指标", "连通口袋公园数量", "≥9处"),
        (None, None, "新增连接段里程", "≥4.2公里"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "成本指标", "连接段建设单价", "≤20万元/公里"),
        ("效益指标", "社会效益指标", "步行15分钟可达公园的社区覆盖率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    stacked_project(s, False, "步道塑胶面层翻新", one_year(54, 54, 0),
                    "翻新步道塑胶面层3.6万平方米。", [
        ("产出指标", "数量指标", "翻新面层面积", "≥3.6万平方米"),
        (None, "质量指标", "翻新工程验收合格率",
         mk("≥105%", "T106", "error", note="a 合格率 cannot pass 100%")),
        (None, "成本指标", "面层翻新单价", "≤14元/平方米"),
        ("效益指标", "社会效益指标", "翻新后路面破损率",
         mk("≥3%", "T108", "warning", row=True, note="反向 rate with ≥")),
        ("满意度指标", "服务对象满意度指标", "步道使用者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xm11-trail-two-sheets", (7,), "project: head on 基本信息, the table on a second sheet "
         "under 考核指标 / 预期实现值, a 下降率 with ≥ (correct)")  # fmt: skip
def xm11() -> Book:
    b, s = book("基本信息")
    project_head(
        s,
        year=YEAR,
        name="城市绿道智慧导览系统",
        dept=DEPT,
        unit=TRAILS,
        money=one_year(45, 40, 5),
        goals=["在城市绿道主要出入口布设智慧导览屏30块，上线步道导航小程序。"],
    )
    t = b.sheet("绩效指标", (14, 16, 30, 16, 22))
    t.title(f"{YEAR}年度城市绿道智慧导览系统绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "指标值设定依据"), [
        ("产出指标", "数量指标", "智慧导览屏布设数量", "≥30块", "计划标准"),
        (None, "质量指标", "导览屏在线率", pct(0.97), "行业标准"),
        (None, "时效指标", "小程序上线时间", "6月30日前", "计划标准"),
        ("成本指标", "经济成本指标", "单块导览屏采购安装成本", "≤1.2万元/块", "历史标准"),
        ("效益指标", "社会效益指标", "步道迷路求助投诉下降率", "≥10%", "历史标准"),
        (None, "可持续影响指标", "导航数据更新周期", "≤30天", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "小程序用户满意度", "≥88%", "行业标准"),
    ])  # fmt: skip
    return b


@variant("xm12-trail-header-defects", (7, 11), "project, OLD-NAT, headers 指标内容 / 指标方向 / "
         "绩效标准 with words as operators and a unit column: a response time with 大于等于, "
         "a completion time given as 100%")  # fmt: skip
def xm12() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="城市步道网巡查养护", dept=DEPT, unit=TRAILS,
                 money=one_year(72, 72, 0),
                 goals=["巡查养护城市步道网126公里，问题2小时内响应。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "指标方向", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "巡查养护步道里程", "大于等于", 126, "公里"),
        (None, "质量指标", "步道设施完好率", "大于等于", 95, "%"),
        (None, "时效指标", "巡查问题响应时间",
         mk("大于等于", "T108", "warning", row=True, note="a response time is 反向"), 2, "小时"),
        (None, None, "年度养护完工时间", "等于",
         mk(100, "T113", "warning", row=True, note="a deadline given as a percentage"), "%"),
        (None, "成本指标", "每公里年养护成本", "小于等于", 0.55, "万元/公里"),
        ("效益指标", "社会效益指标", "步道通行中断次数", "小于等于", 6, "次"),
        ("满意度指标", "服务对象满意度指标", "步道使用者满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "严楠舟", "0759-6630 2236")
    return b
