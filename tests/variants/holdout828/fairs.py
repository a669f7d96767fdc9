"""Brand promotion fairs: promotion tours, tea expos, a two-year series, the brand office and
the tea association (kff13–kff18)."""

from __future__ import annotations

from openpyxl.worksheet.pagebreak import Break

from tests.variants.holdout828.common import (
    COUNTY,
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
    two_levels,
    wan,
)
from tests.variants.holdout828.registry import variant
from tests.variants.kit import Book, day, mk


@variant("kff13-brand-tour", (7, 10),
         "project, NAT-2021, two-row header, points in the tier labels and per indicator (both "
         "add to 100), a rise in 百分点, a total with its parts in brackets (correct)")  # fmt: skip
def brand_tour() -> Book:
    b, s = project(2026, "茗岙云雾茶品牌推介项目", f"{COUNTY}茶叶产业发展中心",
                   one_year(70, 60, 10),
                   ["举办茗岙云雾茶品牌推介会3场（省会1场、主销区2场），组织茶企参展不少于30家次，"
                    "为2027年扩大主销区市场积累客商资源。"])  # fmt: skip
    s.row("绩效指标", None, None, "年度指标值", "分值", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=4, end_row=s.r, end_column=4)
    s.ws.merge_cells(start_row=s.r - 1, start_column=5, end_row=s.r, end_column=5)
    s.table([
        ["产出指标（40分）", "数量指标", "举办品牌推介会", "≥3场", 10],
        [None, None, "组织茶企参展", "≥30家次", 10],
        [None, "质量指标", "参展茶样抽检合格率", "≥98%", 10],
        [None, "时效指标", "首场推介会举办时间", "2026年4月30日前", 10],
        ["成本指标（20分）", "经济成本指标", "单场推介会办会成本", "≤20万元/场", 20],
        ["效益指标（30分）", "经济效益指标", "推介会现场签约金额", "≥2000万元", 10],
        [None, "社会效益指标", "云雾茶品牌知晓度提高", "≥5百分点", 10],
        [None, "可持续影响指标", "新增稳定合作经销商", "≥15家", 10],
        ["满意度指标（10分）", "服务对象满意度指标", "参展茶企满意度", "≥90%", 10],
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值为同一口径，合计均为100分。")
    sign(s, "方可唯", "0571-6840276", (2025, 11, 6))
    return b


@variant("kff14-expo-dates", (5,),
         "project, NAT-2021, abbreviated tier labels: plan dates a year early, the goal's fair "
         "count above the indicator, a near-duplicate count")  # fmt: skip
def expo_dates() -> Book:
    b, s = project(2026, "茗岙茶企参加茶博会补助项目", f"{COUNTY}茶叶流通协会", one_year(48, 48),
                   ["组织全县茶企参加省内外茶博会6场，参展茶企不少于25家，"
                    "展会意向成交额2500万元以上。"],
                   start=mk(day(2025, 3, 1), "Y101", "error", row=True, alt=("Y102",),
                            note="标题为2026年度，计划日期却是2025年"),
                   end=day(2025, 12, 31))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ["产出", "数量", "参加茶博会",
         mk("≥4场", "D104", "warning", row=True, note="年度目标写参加6场")],
        [None, None, "组织参展茶企数量", "≥25家"],
        [None, None, "参展茶企数量",
         mk("≥20家", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与上一行是同一指标，少一个词，值不同")],
        [None, "质量", "参展产品抽检合格率", "≥98%"],
        ["成本", "经济成本", "单场参展补助标准", "≤8万元/场"],
        ["效益", "经济效益", "展会意向成交额", "≥2500万元"],
        ["满意度", "服务对象满意度", "参展茶企满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("kff15-fair-series", (4, 8),
         "two-year project, NAT-2021, 中期 and 年度 columns, a 说明 row inside the table, the "
         "period's count beside a smaller year's count, 填表说明 below (correct)")  # fmt: skip
def fair_series() -> Book:
    b, s = project(2026, "茗岙茶文化主销区推介系列活动", f"{COUNTY}茶叶产业发展中心",
                   two_levels(wan(160), wan(80)),
                   ["2026—2027年在主销区举办茶文化品牌推介会12场，吸引观展6万人次。",
                    "2026年举办推介会6场，吸引观展3万人次。"], years=2)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ["产出指标", "数量指标", "举办推介会", "≥12场", "≥6场"],
        [None, None, "观展人次", "≥6万人次", "≥3万人次"],
        [None, "质量指标", "参展茶样抽检合格率", "≥98%", "≥98%"],
        ["成本指标", "经济成本指标", "单场推介会办会成本", "≤13万元/场", "≤13万元/场"],
    ])  # fmt: skip
    notes(s, "说明：中期指标值为两年累计，年度指标值为2026年当年。", width=5)
    s.table([
        ["效益指标", "经济效益指标", "推介会意向成交额", "≥5000万元", "≥2500万元"],
        [None, "社会效益指标", "茶文化活动媒体报道", "≥40篇", "≥20篇"],
        ["满意度指标", "服务对象满意度指标", "参展茶企满意度", "≥90%", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：累计类指标的年度值不得大于中期值。")
    return b


@variant("kff16-fair-series-wrong", (8, 12),
         "two-year project, NAT-2021, 中期 and 年度 columns: annual money above the period's, "
         "last season's year in 年度目标, a year's visitors above the period's")  # fmt: skip
def fair_series_wrong() -> Book:
    b, s = project(2026, "茗岙白茶品牌巡回推介活动", f"{COUNTY}茶叶产业发展中心",
                   [["中期资金总额", wan(200), "年度资金总额",
                     mk(wan(220), "B103", "error", note="年度资金220万元大于中期200万元")],
                    ["其中：财政拨款", wan(200), "其中：财政拨款", wan(220)]],
                   ["2026—2027年在华东、华南主销区举办白茶推介会8场，吸引观展5万人次。",
                    mk("2025年在华东、华南主销区举办推介会4场，吸引观展2万人次。", "Y103",
                       "warning", alt=("Y101",), note="上一季的年份留在年度目标里")],
                   years=2)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ["产出指标", "数量指标", "举办白茶推介会", "≥8场", "≥4场"],
        [None, None, "观展人次",
         "≥5万人次", mk("≥6万人次", "D201", "error", note="一年多于两年累计")],
        [None, "质量指标", "参展茶样抽检合格率", "≥98%", "≥98%"],
        ["成本指标", "经济成本指标", "单场推介会办会成本", "≤25万元/场", "≤25万元/场"],
        ["效益指标", "经济效益指标", "推介会意向成交额", "≥3000万元", "≥1500万元"],
        ["满意度指标", "服务对象满意度指标", "参展茶企满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    return b


@variant("kff17-brand-office", (4, 5, 12),
         "department, NAT-2021, weight column, subtotal rows, the header repeated after a page "
         "break, a 合计 row, signature and date (correct)")  # fmt: skip
def brand_office() -> Book:
    b, s = department(2026, f"{COUNTY}茶叶品牌推广中心",
                      [wan(150), wan(130), wan(20), wan(60), wan(90)],
                      "举办品牌推介会4场，组织茶企参加茶博会3次，发布品牌宣传稿件120篇。",
                      [["品牌推介会", "主销区城市推介", wan(50), "举办4场"],
                       ["茶博会参展", "组织茶企参展", wan(25), "参展3次"],
                       ["品牌宣传", "新媒体与报刊宣传", wan(15), "发布稿件120篇"],
                       ["金额合计", None, wan(90), None]])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ["产出指标", "数量指标", "举办品牌推介会", "≥4场", 10],
        [None, None, "组织参加茶博会", "≥3次", 10],
        [None, None, "发布品牌宣传稿件", "≥120篇", 10],
        [None, "质量指标", "宣传稿件主流媒体采用率", "≥60%", 10],
        [None, "时效指标", "推介活动按计划完成率", "≥95%", 10],
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.ws.row_breaks.append(Break(id=s.r))
    s.row(*head)
    s.table([
        ["成本指标", "经济成本指标", "单场推介会办会成本", "≤12万元/场", 10],
        ["效益指标", "经济效益指标", "推介活动意向成交额", "≥3000万元", 10],
        [None, "社会效益指标", "茗岙茶品牌网络搜索量增长率", "≥20%", 10],
        [None, "可持续影响指标", "新增长期合作经销商", "≥20家", 10],
        ["满意度指标", "服务对象满意度指标", "参展茶企满意度", "≥90%", 10],
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    sign(s, "严若川", "0571-6819064", (2025, 11, 21))
    return b


@variant("kff18-association-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): the goal's "
         "expo count above the indicator, one indicator listed twice")  # fmt: skip
def association_flat() -> Book:
    b, s = department(2026, f"{COUNTY}茶业协会",
                      [wan(60), wan(45), wan(15), wan(20), wan(40)],
                      "全年组织会员茶企参加省内外茶博会5次，发布品牌宣传推文100篇，"
                      "培训会员企业营销人员200人次。",
                      [["茶博会参展", "组织会员茶企参展", wan(25), "参展5次"],
                       ["品牌宣传", "公众号、短视频宣传", wan(10), "推文100篇"],
                       ["营销培训", "电商营销培训", wan(5), "培训200人次"],
                       ["金额合计", None, wan(40), None]])  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ["组织参加茶博会次数", 20, "次", "≥", mk(3, "D104", "warning", row=True,
                                                  note="年度总体目标写参展5次")],
        ["发布品牌宣传推文", 15, "篇", "≥", 100],
        ["培训营销人员", 15, "人次", "≥", 200],
        ["发布品牌宣传推文", 10, "篇", "≥",
         mk(100, "D101", "warning", row=True, note="与第二行是同一指标")],
        ["参展茶企意向成交额", 15, "万元", "≥", 1500],
        ["会员茶企电商销售额增长率", 10, "%", "≥", 15],
        ["会员茶企满意度", 15, "%", "≥", 90],
    ])  # fmt: skip
    sign(s, "项晓岚", "0571-6895513", (2025, 11, 19))
    return b
