"""Stacked projects, a Shanghai table in 元, points on two levels, numbered tier labels with a
unit column, operators in words with a 测算依据 block: a date serial left as text, a target
pasted twice, and correct look-alikes (qq08, qq09, qq13, qq15, qq17, qq18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout241.common import (
    ONE,
    OPS,
    basis,
    book,
    four,
    indicators,
    note,
    one_year_money,
    sign,
    struck,
    wan,
)
from tests.variants.holdout241.registry import variant
from tests.variants.kit import YUAN, Book, C, day, mk


@variant("qq08-emergency-stacked-serial", (2, 9), "two one-year projects stacked in one sheet, "
         "NAT-2021, one value column: a target pasted twice (≥95%≥95%), the second project's "
         "计划完成日期 left as the text serial 46387")  # fmt: skip
def qq08() -> Book:
    b, s = book("项目支出绩效目标表", (14, 16, 30, 18, 18, 14))
    project_head(
        s, year=2026, name="应急物资储备项目", dept="云梧市应急管理局（118）",
        unit="云梧市应急物资储备中心", money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["2026年储备应急物资36类，更新轮换帐篷300顶，物资完好率保持95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "储备应急物资品种", "≥36类"),
        (None, None, "更新轮换救灾帐篷", "≥300顶"),
        (None, "质量指标", "储备物资完好率",
         mk("≥95%≥95%", "T116", "warning", alt=("X106",), note="pasted twice")),
        (None, "时效指标", "应急物资调拨响应时间", "≤2小时"),
        ("成本指标", "经济成本指标", "单顶帐篷采购成本", "≤0.3万元/顶"),
        ("效益指标", "社会效益指标", "受灾群众基本生活救助到位时间", "≤12小时"),
        (None, "可持续影响指标", "应急物资储备管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    serial = mk("46387", "X104", "warning", note="2026-12-31 as a serial in a text cell")
    project_head(
        s, year=2026, name="应急救援队伍培训演练项目", dept="云梧市应急管理局（118）",
        unit="云梧市应急救援指挥中心", title="", start=day(2026, 1, 1), end=serial,
        money=one_year_money(wan(58), wan(58), wan(0)),
        goals=["2026年开展综合应急演练20次，培训应急救援队员600人次，不发生较大以上生产安全事故。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "开展综合应急演练次数", "≥20次"),
        (None, None, "培训应急救援队员", "≥600人次"),
        (None, "质量指标", "演练方案评估合格率", "≥95%"),
        (None, "时效指标", "年度演练计划完成时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单次演练成本", "≤0.45万元/次"),
        (None, None, "人均培训成本", "≤0.06万元/人次"),
        ("效益指标", "社会效益指标", "较大以上生产安全事故起数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "参训队员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎星河", "包若蘅", "0774-3825 6610")
    return b


@variant("qq09-health-stacked-small-costs", (2, 4, 9), "two one-year projects stacked in one "
         "sheet with a footnote between them, NAT-2021: costs per 人次 in 元 beside money in "
         "万元, a cost per 演练 of 0.45万元, =0起 on accidents (correct)")  # fmt: skip
def qq09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 14))
    project_head(
        s, year=2026, name="老年人健康管理服务项目", dept="槐阳市卫生健康委员会（240）",
        unit="槐阳市基层卫生服务指导中心", money=one_year_money(wan(80), wan(72), wan(8)),
        goals=["2026年为65岁以上老年人提供健康体检18000人次，体检报告反馈率达到95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "老年人健康体检人次", "≥18000人次"),
        (None, "质量指标", "体检报告反馈率", "≥95%"),
        (None, "时效指标", "体检结果反馈时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "人均体检成本", "≤35元/人次"),
        ("效益指标", "社会效益指标", "老年人健康管理率", "≥72%"),
        ("满意度指标", "服务对象满意度指标", "体检老年人满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：体检人次按实际到检人数统计，人均体检成本含检验试剂和报告打印。")
    s.skip()
    project_head(
        s, year=2026, name="院前急救能力提升项目", dept="槐阳市卫生健康委员会（240）",
        unit="槐阳市急救中心", title="", money=one_year_money(wan(50), wan(50), wan(0)),
        goals=["2026年开展急救演练20次、急救技能培训1500人次，急救呼叫平均响应时间控制在12分钟内。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "急救演练次数", "≥20次"),
        (None, None, "急救技能培训人次", "≥1500人次"),
        (None, "质量指标", "急救人员培训考核合格率", "≥95%"),
        (None, "时效指标", "急救呼叫平均响应时间", "≤12分钟"),
        ("成本指标", "经济成本指标", "单次演练成本", "≤0.45万元/次"),
        (None, None, "人均培训成本", "≤200元/人次"),
        ("效益指标", "社会效益指标", "院前急救医疗事故起数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "患者及家属满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "裘文澜", "房语嫣", "0539-72615048")
    return b


@variant("qq13-community-shanghai-yuan", (5, 4, 9), "one-year project, Shanghai framework "
         "(一级目标 … 指标目标值), money in 元 by number format: 预算执行率 under 投入与管理, "
         "=100% on an approval rate, a visible struck-through earlier value (correct)")  # fmt: skip
def qq13() -> Book:
    b, s = book("绩效目标", (14, 16, 30, 18, 18, 14))
    yuan = C(2386400, YUAN)
    project_head(
        s, year=2026, name="社区文化活动服务项目", dept="申江区文化和旅游局",
        unit="申江区社区文化活动中心", title="2026年度区级财政项目支出绩效目标表",
        money=[("项目总预算", yuan, "项目当年预算", yuan),
               ("其中：财政拨款", yuan, "其他资金", C(0, YUAN))],
        money_label="项目资金（元）",
        goals=["2026年举办社区文化活动120场，培训文化志愿者800人次，居民参与30000人次以上。"],
    )  # fmt: skip
    rows: list[tuple[object, ...]] = [
        ("投入与管理", "财务管理", "预算执行率", ">=95%"),
        (None, "实施管理", "项目实施方案", "完备"),
        ("产出目标", "数量", "社区文化活动场次", ">=120场"),
        (None, None, "文化志愿者培训人次", ">=800人次"),
        (None, "质量", "活动方案审核通过率", "=100%"),
        (None, None, "活动方案审核通过率", ">=95%"),
        (None, "时效", "活动按计划开展及时率", ">=95%"),
        (None, "成本", "单场活动成本", "<=8000元/场"),
        (None, None, "人均志愿者培训成本", "<=300元/人次"),
        ("效果目标", "社会效益", "社区居民活动参与人次", ">=30000人次"),
        (None, "满意度", "参与居民满意度", ">=90%"),
        ("影响力目标", "长效管理", "社区文化活动长效机制", "健全"),
    ]
    last = indicators(s, ("一级目标", "二级目标", "三级目标", "指标目标值"), rows)
    struck(s, last - len(rows) + 6, width=4)  # the earlier value, kept for the record
    sign(s, "费雅琴", "汤以安", "021-5938 6712")
    return b


@variant("qq15-produce-points-two-levels", (10, 5, 4), "one-year project, OLD-NAT (成本指标 "
         "under 产出), points on the tier-1 labels and on every indicator (50 + 30 + 10 = 90 with "
         "预算执行率 scored apart, as the footnote says), a rise in 百分点 (correct)")  # fmt: skip
def qq15() -> Book:
    b, s = book("Sheet1", (16, 14, 32, 18, 10))
    project_head(
        s, year=2026, name="农产品质量安全监测项目", dept="石楠县农业农村局（318）",
        unit="石楠县农产品质量安全检验检测站", money=one_year_money(wan(68), wan(60), wan(8)),
        goals=["2026年完成农产品定量检测1500批次、快速检测12000批次，例行监测合格率较上年提高1个"
               "百分点以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("产出指标（50分）", "数量指标", "农产品定量检测批次", "≥1500批次", 15),
        (None, None, "农产品快速检测批次", "≥12000批次", 10),
        (None, "质量指标", "定量检测报告准确率", "≥98%", 10),
        (None, "时效指标", "检测结果报送时限", "≤5个工作日", 5),
        (None, "成本指标", "单批次定量检测成本", "≤300元/批次", 10),
        ("效益指标（30分）", "社会效益指标", "例行监测合格率较上年提高", "≥1百分点", 15),
        (None, "可持续影响指标", "农产品质量安全追溯管理机制", "健全", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "生产经营主体满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：预算执行率（10分）另行评价，本表分值合计90分。", 5)
    sign(s, "葛春融", "阮致远", "0762-41853096")
    return b


@variant("qq17-fitness-numbered-tiers", (5, 9), "one-year project, NAT-2021 with numbered tier "
         "labels (一、产出指标 / 1.数量指标), a unit column and bare numbers, a count of 45000 "
         "人次 that looks like a date serial (correct)")  # fmt: skip
def qq17() -> Book:
    b, s = book("表3-2", (16, 20, 30, 18, 14))
    project_head(
        s, year=2026, name="全民健身场地设施提升项目", dept="蒲川县教育体育局（226）",
        unit="蒲川县体育事业发展中心", money=one_year_money(wan(260), wan(200), wan(60)),
        goals=["2026年新建改造健身路径24处，全民健身场馆服务45000人次，举办赛事活动16场。"],
    )  # fmt: skip
    indicators(s, (*ONE, "计量单位"), [
        ("一、产出指标", "1.数量指标", "新建改造健身路径", "≥24", "处"),
        (None, None, "全民健身场馆年服务人次", 45000, "人次"),
        (None, None, "举办全民健身赛事活动", "≥16", "场"),
        (None, "2.质量指标", "健身器材安装验收合格率", 100, "%"),
        (None, "3.时效指标", "健身路径建成投用时间", "2026年10月31日前", None),
        ("二、成本指标", "1.经济成本指标", "每处健身路径建设成本", "≤8.5", "万元/处"),
        ("三、效益指标", "1.社会效益指标", "人均体育场地面积", "≥2.6", "平方米"),
        (None, "2.可持续影响指标", "健身设施管护责任落实率", "≥95", "%"),
        ("四、满意度指标", "1.服务对象满意度指标", "健身群众满意度", "≥90", "%"),
    ])  # fmt: skip
    sign(s, "詹若水", "蒙春阳", "0838-62047915")
    return b


@variant("qq18-elderly-words-basis", (9, 4, 6), "one-year project, NAT-2021, operator column in "
         "words and a unit column, a 测算依据 block in four decimals, a small unit cost "
         "(0.35万元/户), a hidden template row, 填表说明 and 注 rows (correct)")  # fmt: skip
def qq18() -> Book:
    b, s = book("Sheet1", (14, 18, 28, 12, 14, 12))
    project_head(
        s, year=2026, name="独居老人入户关爱服务项目", dept="溪桥区民政局（503）",
        unit="溪桥区社会福利服务中心", money=one_year_money(four(128.6), four(128.6), four(0)),
        goals=["2026年为240户独居老人提供每月两次入户关爱服务，配发防走失定位设备240台，培训护理员"
               "8期。"],
    )  # fmt: skip
    basis(s, [
        ("入户关爱服务", "240户×0.35万元/户", four(84), None),
        ("防走失定位设备", "240台×525元/台", four(12.6), None),
        ("护理员培训", "8期×4万元/期", four(32), None),
    ], four(128.6))  # fmt: skip
    rows: list[tuple[object, ...]] = [
        ("产出指标", "数量指标", "关爱服务独居老人户数", "大于等于", 240, "户"),
        (None, None, "入户走访次数", "大于等于", 5760, "次"),
        (None, None, "护理员培训期数", "大于等于", 8, "期"),
        (None, "质量指标", "入户服务记录完整率", "大于等于", 95, "%"),
        (None, "时效指标", "紧急呼叫响应时间", "小于等于", 30, "分钟"),
        ("成本指标", "经济成本指标", "每户年关爱服务成本", "小于等于", 0.35, "万元/户"),
        ("效益指标", "社会效益指标", "独居老人意外事件及时处置率", "大于等于", 98, "%"),
        (None, "生态效益指标", None, None, None, None),
        (None, "可持续影响指标", "独居老人关爱服务长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "大于等于", 90, "%"),
    ]
    last = indicators(s, OPS, rows)
    s.ws.row_dimensions[last - 2].hidden = True  # the template's 生态效益指标 row, hidden
    note(s, "填表说明：比较符填写大于等于、小于等于或定性；金额单位为万元。")
    note(s, "注：独居老人名单以2025年12月底民政系统登记数据为准。")
    sign(s, "宁嘉禾", "柏语冰", "0793-26814573")
    return b
