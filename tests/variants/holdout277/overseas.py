"""Returns sa13–sa18: 侨务服务 and 外事接待 (second sheet, points, money, department, labels)."""

from __future__ import annotations

from tests.variants.holdout277.common import (
    department,
    indicators,
    one_year,
    project,
    start,
    wan,
)
from tests.variants.holdout277.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, ok, pct


@variant(
    "sa13-qiaowu-second-sheet",
    (7,),
    "project: head on the first sheet, the indicator "
    "table on a second sheet under a two-row header 绩效指标 / 预期实现值, unit column (correct)",
)
def sa13() -> Book:
    b, s = start("项目基本信息")
    project(s, "枫渡市基层“侨胞之家”建设项目", "枫渡市人民政府侨务办公室（312015）",
            "枫渡市归国华侨联合会", one_year(72, 60, 12),
            ["新建一批基层“侨胞之家”，为归侨侨眷提供政策咨询和联络服务。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 20, 30, 14, 14))
    t.row("绩效指标", None, None, "预期实现值", None, merge=[(1, 3), (4, 5)])
    indicators(t, ("一级指标", "二级指标", "三级指标", "目标值", "计量单位"), [
        ("产出指标", "数量指标", "新建基层“侨胞之家”", "≥6", "个"),
        (None, None, "为侨服务咨询接待", "≥1200", "人次"),
        (None, "质量指标", "侨胞之家建设验收合格率", "=100", "%"),
        (None, "时效指标", "涉侨咨询办结时限", "≤10", "工作日"),
        ("成本指标", "经济成本指标", "每个侨胞之家建设补助", "≤8", "万元/个"),
        ("效益指标", "社会效益指标", "归侨侨眷涉侨政策知晓率", "≥85", "%"),
        (None, "可持续影响指标", "侨胞之家运行管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "归侨侨眷满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant(
    "sa14-qiaowu-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator "
    "scores: 产出 declares 50 over indicators adding to 45, a satisfaction target of 60%",
)
def sa14() -> Book:
    b, s = start("绩效目标", (16, 8, 18, 30, 18, 8))
    project(s, "雁溪州海外华裔青少年寻根之旅夏令营项目", "雁溪州外事侨务办公室（417009）",
            "雁溪州海外联谊服务中心", one_year(56, 50, 6),
            ["举办海外华裔青少年寻根之旅夏令营，增进营员对中华文化的了解。"])  # fmt: skip
    tier = mk(50, "W103", "error", alt=("W101",),
              note="产出 declares 50, its indicators 15 + 10 + 10 + 10 = 45")  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", tier, "数量指标", "接待营员人数", "≥120人", 15),
        (None, None, None, "文化体验活动场次", "≥16场", 10),
        (None, None, "质量指标", "营期安全责任事故", "0起", 10),
        (None, None, "时效指标", "夏令营完成时间", "2025年8月31日前", 10),
        ("成本指标", 10, "经济成本指标", "人均营务成本", "≤4000元/人", 10),
        ("效益指标", 30, "社会效益指标", "营员中华文化知识测评得分率较营前提高", "≥10百分点",
         15),
        (None, None, "可持续影响指标", "营员回访联系保持率", "≥60%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "营员及家长满意度",
         mk("≥60%", "T114", "warning", note="a satisfaction target far below 80%"), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the same 5-point shortfall in the total")
    return b


@variant(
    "sa15-reception-operator-words",
    (1, 11),
    "project, NAT-2021, operators in words in "
    "their own column, unit column, typed percents, a 反向 rate and a 下降率 (correct)",
)
def sa15() -> Book:
    b, s = start()
    project(s, "墨屿市外宾接待服务保障项目", "墨屿市人民政府外事办公室（523010）",
            "墨屿市外事服务中心", one_year(95, 95, 0),
            ["做好外国政府及友好城市代表团来访接待服务，规范接待标准，压减接待经费。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "接待外国政府及友城代表团", "大于等于", 40, "批次"),
        (None, None, "外宾接待人天数", "大于等于", 1100, "人·天"),
        (None, "质量指标", "接待服务差错率", "小于等于", pct(0.02), "%"),
        (None, "时效指标", "接待方案报批时限", "小于等于", 5, "工作日"),
        ("成本指标", "经济成本指标", "外宾住宿费标准", "小于等于", 600, "元/人·天"),
        (None, None, "外宾伙食费标准", "小于等于", 200, "元/人·天"),
        (None, None, "接待经费较上年下降率", "大于等于", pct(0.05), "%"),
        ("效益指标", "社会效益指标", "来访团组合作意向达成率", "大于等于", pct(0.6), "%"),
        (None, "可持续影响指标", "外事接待工作规范", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "来访外宾满意度", "大于等于", pct(0.95), "%"),
    ])  # fmt: skip
    return b


@variant(
    "sa16-reception-money-defects",
    (12,),
    "project, NAT-2021: 其他资金 formatted in 元 "
    "inside a 万元 block, a lodging standard × person-days above the budget",
)
def sa16() -> Book:
    b, s = start()
    other = mk(
        money(100000, YUAN), "B105", "error", note="100,000.00元 in a 项目资金（万元） block"
    )
    project(s, "鹭汀区国际友城交流来访接待项目", "鹭汀区人民政府外事办公室（608012）",
            "鹭汀区外事服务中心", one_year(wan(60), wan(50), other),
            ["完成国际友好城市代表团来访接待，推动友城务实合作。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="follows from the 元 cell: 50 + 100000")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "接待友城代表团", "≥18批次"),
        (None, None, "外宾接待人天数", "≥1400人·天"),
        (None, "质量指标", "接待安全责任事故", "0起"),
        (None, "时效指标", "接待方案报批时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "外宾住宿费标准",
         mk("≤550元/人·天", "B107", "warning", row=True,
            note="550 元 × 1400 人·天 = 77万元 > 项目资金 60万元")),
        ("效益指标", "社会效益指标", "友城务实合作项目签约", "≥4项"),
        ("满意度指标", "服务对象满意度指标", "来访外宾满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "sa17-qiaowu-department",
    (8, 12),
    "department, NAT-2021, tasks adding to 项目支出, "
    "实施周期 and 年度 columns legitimately equal in a one-year table (correct)",
)
def sa17() -> Book:
    b, s = start()
    department(s, "枫渡市人民政府侨务办公室", [(640, 600, 40, 410, 230)],
               "宣传侨务政策，建设基层侨胞之家，维护归侨侨眷合法权益。", [
        ("侨务政策宣传", "政策宣讲、侨务法规进社区", 60, "政策知晓面扩大"),
        ("侨胞之家建设", "基层侨胞之家新建提升", 90, "服务阵地完善"),
        ("海外联谊", "海外侨团联络、侨商恳谈", 80, "联谊网络巩固"),
        ("金额合计", None, 230, None),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "侨务政策宣讲", "≥30场", "≥30场"),
        (None, None, "新建提升侨胞之家", "≥10个", "≥10个"),
        (None, "质量指标", "涉侨信访按期办结率", "≥95%", "≥95%"),
        (None, "时效指标", "侨情调查报告提交时间", "2025年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每场宣讲平均成本", "≤0.8万元/场", "≤0.8万元/场"),
        (None, None, "每个侨胞之家建设补助", "≤9万元/个", "≤9万元/个"),
        ("效益指标", "社会效益指标", "涉侨矛盾纠纷化解率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "侨务工作联络机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "归侨侨眷满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "sa18-reception-tier-defects",
    (5, 13),
    "project, NAT-2021, numbered labels: 时效指标 "
    "under 效益指标, a completion date after the one-year period, a name of one full-width "
    "space",
)
def sa18() -> Book:
    b, s = start()
    project(s, "云岙县来访外宾礼宾接待服务项目", "云岙县外事侨务办公室（731006）",
            "云岙县外事侨务办公室", one_year(30, 30, 0),
            ["做好全年来访外宾团组礼宾接待和翻译服务，规范礼宾接待程序。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "1.数量指标", "接待外宾团组", "≥25批次"),
        (None, None, "礼宾翻译服务场次", "≥60场"),
        (None, "2.质量指标", "礼宾服务差错率", "≤1%"),
        (None, "3.时效指标", "礼宾用品采购完成时间",
         mk("2026年4月30日前", "Y102", "error", note="after the 2025 one-year period")),
        ("二、成本指标", "1.经济成本指标", "每批次接待平均成本", "≤1.1万元/批次"),
        ("三、效益指标", "1.社会效益指标", "对外交流活动宣传报道", "≥20篇"),
        (None, mk("2.时效指标", "F105", "error", note="a tier-2 of 产出 under 效益"),
         "合作意向跟进落实时限", "≤30个工作日"),
        (None, "3.可持续影响指标", "外事礼宾接待规范", "健全"),
        ("四、满意度指标", "1.服务对象满意度指标", "外方团组满意度", "≥90%"),
        (None, None, mk("\u3000", "F110", "error", note="a name of one full-width space"),
         ok("≥95%", "warning", note="the value of the nameless row")),
    ])  # fmt: skip
    return b
