"""Transfer-payment 区域绩效目标表 of 衔接推进乡村振兴补助资金 (pt01–pt06): a label column
merged down on the left, the money by source in 万元, county allocations in 元 below the head,
tier labels with ★, numbering or points, and one return split over two sheets."""

from __future__ import annotations

from tests.variants.holdout218.common import (
    ONE,
    REGION,
    block,
    book,
    grid,
    note,
    region_head,
    region_table,
    sign,
    wan,
)
from tests.variants.holdout218.registry import variant
from tests.variants.kit import Book, mk, ok, pct

FUND = "中央财政衔接推进乡村振兴补助资金"
DEPTS = ("财政部、农业农村部", "{}农业农村局（乡村振兴局）", "{}财政局")


def _depts(place: str) -> list[str]:
    return [DEPTS[0], DEPTS[1].format(place), DEPTS[2].format(place)]


@variant("pt01-province-core-stars", (5, 1, 12), "区域绩效目标表 of a province: 中央补助 + "
         "地方资金 in 万元 formats, ★ core indicators, a 100% cell, =0起, 5万元 in a name "
         "(correct)")  # fmt: skip
def pt01() -> Book:
    b, s = book("区域绩效目标表", (16, 14, 18, 34, 18))
    region_head(
        s, year=2026, fund=FUND,
        depts=["财政部、农业农村部", "澄川省农业农村厅（省乡村振兴局）", "澄川省财政厅"],
        lines=[("年度金额：", wan(586000.00)), ("其中：中央补助", wan(428600.00)),
               ("地方资金", wan(157400.00))],
        goal="目标1：巩固拓展脱贫攻坚成果，守住不发生规模性返贫致贫底线，脱贫人口人均纯收入增幅"
             "不低于8%。\n目标2：衔接资金用于产业发展的比例不低于60%，支持脱贫地区特色产业项目"
             "2400个以上。\n目标3：脱贫劳动力务工就业规模稳定在168万人以上。",
    )  # fmt: skip
    region_table(s, [
        ("产出指标", "数量指标", "★脱贫劳动力务工就业规模", "≥168万人"),
        (None, None, "支持特色产业发展项目数", "≥2400个"),
        (None, None, "衔接资金用于产业发展的比例", "≥60%"),
        (None, "质量指标", "★项目（工程）验收合格率", "=100%"),
        (None, None, "防止返贫监测对象风险消除率", "≥75%"),
        (None, "时效指标", "资金下达及时率", pct(1)),
        (None, "成本指标", "到户产业奖补标准", "≤5000元/户"),
        ("效益指标", "经济效益指标", "★脱贫人口人均纯收入增幅", "≥8%"),
        (None, None, "脱贫村村级集体经济年收入5万元以上的村占比", "≥85%"),
        (None, "社会效益指标", "规模性返贫致贫事件发生数", "=0起"),
        (None, "可持续影响指标", "联农带农机制覆盖脱贫户比例", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "受益脱贫人口满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：标★的为核心绩效指标，不得删除；指标值均为年度目标。", 5)
    return b


@variant("pt02-county-sum-wrong-parent", (5, 12), "区域绩效目标表 of a county: 年度金额 ≠ 中央补助 "
         "+ 地方资金, 可持续影响指标 under 产出指标")  # fmt: skip
def pt02() -> Book:
    b, s = book("Sheet1", (16, 14, 18, 34, 18))
    region_head(
        s, year=2026, fund=FUND, depts=_depts("东坪县"),
        lines=[("年度金额：", mk(wan(3286.50), "B101", "error", note="2140 + 1046.5 = 3186.5")),
               ("其中：中央补助", wan(2140.00)), ("地方资金", wan(1046.50))],
        goal="目标1：实施衔接资金项目46个，新建改造产业路18公里，带动脱贫户5200户增收。\n"
             "目标2：稳定脱贫人口务工就业18600人以上，守住不发生规模性返贫底线。",
    )  # fmt: skip
    region_table(s, [
        ("产出指标", "数量指标", "实施衔接资金项目个数", "≥46个"),
        (None, None, "新建改造产业路", "≥18公里"),
        (None, "质量指标", "项目（工程）验收合格率", "=100%"),
        (None, "时效指标", "项目当年开工率", "≥95%"),
        (None, mk("可持续影响指标", "F105", "error", note="a tier-2 of 效益指标"),
         "项目资产后续管护机制", "健全"),
        ("效益指标", "经济效益指标", "带动脱贫户增收户数", "≥5200户"),
        (None, "社会效益指标", "脱贫人口务工就业人数", "≥18600人"),
        ("满意度指标", "服务对象满意度指标", "受益脱贫人口满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦春岚", "覃立德", "0778-62315084")
    return b


@variant("pt03-city-allocation-in-yuan", (5, 7, 12), "区域绩效目标表 of a city: head in 万元, a "
         "分县 allocation block in 元 that adds up to it, numbered tier labels, header 年度指标值 "
         "(correct)")  # fmt: skip
def pt03() -> Book:
    b, s = book("区域绩效目标表", (16, 18, 18, 34, 18))
    region_head(
        s, year=2026, fund=FUND, depts=_depts("青峪市"),
        lines=[("年度金额：", wan(12480.00)), ("其中：中央补助", wan(8736.00)),
               ("地方资金", wan(3744.00))],
        goal="目标1：支持各县（市、区）建设产业项目320个以上，脱贫人口人均纯收入增幅不低于9%。\n"
             "目标2：改造提升农村供水工程45处，农村自来水普及率达到95%以上。",
    )  # fmt: skip
    block(s, "分县（市、区）资金分配表（单位：元）",
          ("县（市、区）", "中央补助", "地方资金", "小计", "备注"), [
        ("龙溪区", grid(18460000), grid(7910000), grid(26370000), "产业项目为主"),
        ("白石县", grid(25300000), grid(10850000), grid(36150000), None),
        ("岑山县", grid(22150000), grid(9480000), grid(31630000), "含供水工程12处"),
        ("松洼县", grid(21450000), grid(9200000), grid(30650000), None),
    ], ("合计", grid(87360000), grid(37440000), grid(124800000), None), width=5)  # fmt: skip
    region_table(s, [
        ("一、产出指标", "1.数量指标", "支持建设产业项目", "≥320个"),
        (None, None, "改造提升农村供水工程", "≥45处"),
        (None, "2.质量指标", "项目（工程）验收合格率", pct(1)),
        (None, "3.时效指标", "资金分配下达时间", "2026年4月30日前"),
        (None, "4.成本指标", "农村供水工程单处补助标准", "≤60万元/处"),
        ("二、效益指标", "1.经济效益指标", "脱贫人口人均纯收入增幅", "≥9%"),
        (None, "2.社会效益指标", "农村自来水普及率", "≥95%"),
        (None, "3.可持续影响指标", "项目资产管护机制", "健全"),
        ("三、满意度指标", "1.服务对象满意度指标", "受益群众满意度", "≥90%"),
    ], header=(*REGION[:4], "年度指标值"))  # fmt: skip
    sign(s, "蒙晓川", "黎振邦", "0775-33820516")
    return b


@variant("pt04-county-line-in-wan", (7, 12), "区域绩效目标表 of a city: an allocation block in "
         "元 with one county typed in 万元, a 覆盖率 given as a count")  # fmt: skip
def pt04() -> Book:
    b, s = book("Sheet1", (16, 18, 26, 34, 18))
    region_head(
        s, year=2026, fund=FUND, depts=_depts("柘江市"),
        lines=[("年度金额：", wan(9630.00)), ("其中：中央补助", wan(6741.00)),
               ("地方资金", wan(2889.00))],
        goal="目标1：支持产业发展项目180个以上，新建冷藏保鲜设施24座。\n目标2：脱贫人口人均纯收入"
             "增幅不低于8%，脱贫村特色产业实现全覆盖。",
    )  # fmt: skip
    block(s, "资金分配明细（单位：元）", ("县（市、区）", "分配金额", "主要用途"), [
        ("东山区", grid(18900000), "产业路、冷链设施"),
        ("柘溪县", mk(grid(2964), "B110", "error", note="29,640,000元 typed in 万元"),
         "茶叶加工、庭院经济"),
        ("南冲县", grid(25380000), "高标准农田配套、产业园"),
        ("北岭县", grid(22380000), "农村供水、产业奖补"),
    ], ("合计", mk(grid(96300000), "B102", "error", required=False, alt=("B101",)), None),
        width=5)  # fmt: skip
    region_table(s, [
        ("产出指标", "数量指标", "支持产业发展项目", "≥180个"),
        (None, None, "新建冷藏保鲜设施", "≥24座"),
        (None, "质量指标", "项目（工程）验收合格率", "=100%"),
        (None, "时效指标", "资金分配下达及时率", "≥95%"),
        (None, "成本指标", "冷藏保鲜设施单座补助标准", "≤30万元/座"),
        ("效益指标", "经济效益指标", "脱贫人口人均纯收入增幅", "≥8%"),
        (None, "社会效益指标", "脱贫村特色产业覆盖率",
         mk("36个", "T105", "error", note="a 覆盖率 needs a %")),
        (None, "可持续影响指标", "项目资产管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pt05-county-three-sources-points", (4, 5, 7), "区域绩效目标表 of a county: 中央补助 + "
         "省级补助 + 市县安排, tier-1 labels with points adding to 100, abbreviated tier-2s, a "
         "name wrapped onto a second row, header 绩效目标值 (correct)")  # fmt: skip
def pt05() -> Book:
    b, s = book("区域绩效目标表", (16, 20, 14, 36, 18))
    region_head(
        s, year=2026, fund=FUND, depts=_depts("松溪县"),
        lines=[("年度金额：", wan(5862.40)), ("其中：中央补助", wan(3920.00)),
               ("省级补助", wan(1180.00)), ("市县安排", wan(762.40))],
        goal="目标1：稳定脱贫劳动力务工就业规模36000人以上。\n目标2：为2800户以上脱贫户（监测户）"
             "小额信贷贴息，守住不发生规模性返贫底线。",
    )  # fmt: skip
    region_table(s, [
        ("产出指标（60分）", "数量", "脱贫劳动力务工就业规模（含县内就业", "≥36000人"),
        (None, None, "和省外务工）", None),
        (None, None, "享受小额信贷贴息脱贫户（监测户）", "≥2800户"),
        (None, "质量", "项目（工程）验收合格率", "=100%"),
        (None, "时效", "衔接资金支出进度", "≥90%"),
        (None, "成本", "户均年贴息金额", "≤2000元/户"),
        ("效益指标（30分）", "经济效益", "脱贫人口人均纯收入增幅", "≥8.5%"),
        (None, "社会效益", "防止返贫监测对象风险消除率", "≥70%"),
        (None, "可持续影响", "项目资产管护制度", "健全"),
        ("满意度指标（10分）", "服务对象满意度", "受益脱贫群众满意度", "≥92%"),
    ], header=(*REGION[:4], "绩效目标值"))  # fmt: skip
    sign(s, "杨秋禾", "罗定山", "0597-52608173")
    return b


@variant("pt06-two-sheets-share-process", (7, 5, 12), "区域绩效目标表 over two sheets: money "
         "with shares on the first (one share wrong), the indicators on the second under an "
         "evaluation tier-1 过程")  # fmt: skip
def pt06() -> Book:
    b, s = book("资金情况", (16, 18, 18, 14, 18))
    region_head(
        s, year=2026, fund=FUND, depts=_depts("石湖县"),
        lines=[("年度金额：", wan(8000.00), "占比", pct(1)),
               ("其中：中央补助", wan(5600.00), "占比", pct(0.7)),
               ("地方资金", wan(2400.00), "占比",
                mk(pct(0.32), "B111", "error", note="2400 ÷ 8000 = 30%"))],
        goal="目标1：支持产业发展项目52个，整治农村人居环境18个村。\n目标2：带动脱贫户户均增收"
             "1200元以上，防止返贫监测对象风险消除率达到70%。",
    )  # fmt: skip
    t = b.sheet("区域绩效指标", (14, 16, 30, 16, 28))
    t.title("附表：石湖县2026年度区域绩效指标", 5)
    t.row(*ONE, "备注")
    t.table([
        ("产出指标", "数量指标", "支持产业发展项目", "≥52个", None),
        (None, None, "农村人居环境整治村", "≥18个", None),
        (None, "质量指标", "项目验收合格率", "=100%", None),
        (None, "时效指标", "资金下达及时率", "≥95%", "收到资金后30日内分解下达"),
        (mk("过程", "F108", "error", alt=("F103",), note="an evaluation tier-1"),
         ok("资金管理", "error", note="follows from 过程"), "资金使用合规性", "合规", None),
        ("效益指标", "经济效益指标", "带动脱贫户户均增收", "≥1200元/户", None),
        (None, "社会效益指标", "防止返贫监测对象风险消除率", "≥70%", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    return b
