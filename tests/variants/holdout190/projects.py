"""One-year project tables (or01–or06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout190.common import (
    YEAR,
    dup_money,
    footnotes,
    head_row,
    new_sheet,
    sign_off,
)
from tests.variants.holdout190.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "or01-assistive-devices-exact",
    (1,),
    "one-year project, NAT-2021, operators inside the values, merged tiers; 人均补助"
    "标准 × 人数 exactly equal to the money, deadline 年底前",
)
def or01() -> Book:
    b, s = new_sheet()
    project_head(
        s, year=YEAR, name="残疾人康复辅助器具适配补贴", dept="松岭县残疾人联合会（403）",
        unit="松岭县残疾人康复服务中心",
        money=[("年度资金总额", 48.0, "其中：财政拨款", 48.0), ("其他资金", 0.0, None, None)],
        goals=["为全县120名持证残疾人适配康复辅助器具，人均补助4000元，年底前完成补贴发放，"
               "适配对象满意度达到90%以上。"],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "辅助器具适配人数", "≥120人"),
            (None, "质量指标", "适配器具验收合格率", "≥98%"),
            (None, "时效指标", "补贴资金发放时限", "年底前"),
            ("成本指标", "经济成本指标", "人均适配补助标准", "≤4000元/人"),
            ("效益指标", "社会效益指标", "适配对象生活自理能力改善率", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "适配对象满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "or02-county-twice-timely-days",
    (1, 2),
    "one-year project, OLD-NAT, operator column and unit column; 县级配套 counted ins"
    "ide 其他资金 and again, a 及时率 ≥95 in 天",
)
def or02() -> Book:
    b, s = new_sheet()
    project_head(
        s, year=YEAR, name="基层应急救援队伍建设", dept="澄溪县应急管理局（217）",
        unit="澄溪县应急救援指挥中心",
        money=dup_money(mk(300.0, "B101", "error", alt=("B102",),
                           note="180 + 80 = 260: 县级配套 40 is in 其他资金 and added again"),
                        180.0, 80.0, 40.0),
        goals=["组建乡镇应急救援队伍12支，开展队员应急技能培训360人次，提升基层突发事件先期"
               "处置能力。"],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "乡镇应急救援队伍组建数", "≥", 12, "支"),
            (None, None, "队员应急技能培训人次", "≥", 360, "人次"),
            (None, "质量指标", "救援装备配备达标率", "≥", pct(0.95), "%"),
            (
                None,
                "时效指标",
                "险情接报响应及时率",
                "≥",
                mk(95, "T105", "error", row=True, alt=("T112",), note="a 及时率 in 天, not %"),
                "天",
            ),
            (None, "成本指标", "每支队伍装备购置成本", "≤", 20, "万元/支"),
            ("效益指标", "社会效益指标", "突发事件先期处置率", "≥", 90, "%"),
            (None, "可持续影响指标", "队伍常态化运行年限", "≥", 3, "年"),
            ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥", 90, "%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "or03-text-600-deadline-2025",
    (1, 3),
    "one-year project, NAT-2021, remarks column; 年度目标 培训600人次 against ≥500人"
    "次, a deadline in 2025",
)
def or03() -> Book:
    b, s = new_sheet()
    goal = mk("全年举办基层文艺骨干培训班12期，培训600人次，覆盖全区各街道、乡镇文化站，提升"
              "基层群众文化活动组织水平。", "D104", "warning", required=False)  # fmt: skip
    project_head(
        s, year=YEAR, name="基层文艺骨干培训", dept="柏川区文化和旅游局（311）",
        unit="柏川区文化馆",
        money=[("年度资金总额", 36.0, "其中：财政拨款", 30.0), ("其他资金", 6.0, None, None)],
        goals=[goal],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "举办培训班期数", "≥12期", None),
            (
                None,
                None,
                "培训文艺骨干人次",
                mk("≥500人次", "D104", "warning", row=True, note="年度目标 says 600人次"),
                None,
            ),
            (None, "质量指标", "培训考核合格率", "≥90%", None),
            (
                None,
                "时效指标",
                "培训任务完成时间",
                mk("2025年11月30日前", "Y102", "error", alt=("Y101",), note="a 2026 table"),
                "按计划",
            ),
            ("成本指标", "经济成本指标", "人均培训成本", "≤600元/人次", "含师资、场地"),
            ("效益指标", "社会效益指标", "参训骨干组织群众文化活动率", "≥80%", None),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "or04-archives-zero-errors",
    (1, 4),
    "one-year project, NAT-2021, operator column, percent cells, unit column, footnot"
    "es and signatures; 差错率 =0%, cost 增长率 ≤5%, 年底前",
)
def or04() -> Book:
    b, s = new_sheet()
    project_head(
        s, year=YEAR, name="不动产登记档案数字化", dept="枫林市自然资源局（512）",
        unit="枫林市不动产登记中心",
        money=[("年度资金总额", 85.0, "其中：财政拨款", 85.0), ("其他资金", 0.0, None, None)],
        goals=["完成42000卷不动产登记档案数字化扫描与著录，著录差错率为0，年底前移交数字化"
               "成果，提升档案查询效率。"],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "档案数字化扫描卷数", "≥", 42000, "卷"),
            (None, "质量指标", "档案著录差错率", "=", pct(0.0), "%"),
            (None, None, "扫描图像质量合格率", "≥", pct(0.98), "%"),
            (None, "时效指标", "数字化成果移交时限", None, "年底前", None),
            ("成本指标", "经济成本指标", "单卷数字化成本", "≤", 20, "元/卷"),
            (None, None, "档案系统年运维费用增长率", "≤", pct(0.05), "%"),
            ("效益指标", "社会效益指标", "档案电子化查询覆盖率", "≥", pct(0.95), "%"),
            (None, "可持续影响指标", "数字化档案保存年限", "≥", 30, "年"),
            ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥", pct(0.92), "%"),
        ],
        merged=(1, 2),
    )
    footnotes(s, "注：1.比较符“=”表示等于，“≥”表示不低于，“≤”表示不高于。",
              "2.计量单位为“%”的指标按百分比填写；时效指标按完成时点填写。")  # fmt: skip
    sign_off(s, person="韩晓宁", phone="0551-6238417")
    return b


@variant(
    "or05-timeliness-under-benefit",
    (5,),
    "one-year project, NAT-2021, merged tiers; the 时效指标 tier-2 placed under 效益指标",
)
def or05() -> Book:
    b, s = new_sheet()
    project_head(
        s, year=YEAR, name="农村公路安全生命防护工程", dept="青禾镇人民政府（806）",
        unit="青禾镇交通管理站",
        money=[("年度资金总额", 120.0, "其中：财政拨款", 110.0), ("其他资金", 10.0, None, None)],
        goals=["在镇域农村公路临水临崖路段安装波形护栏18公里，10月底前完工，消除事故多发"
               "点段安全隐患。"],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "波形护栏安装长度", "≥18公里"),
            (None, "质量指标", "工程交工验收合格率", "=100%"),
            ("成本指标", "经济成本指标", "护栏安装单位造价", "≤6万元/公里"),
            ("效益指标", "社会效益指标", "事故多发点段整治率", "≥90%"),
            (
                None,
                mk("时效指标", "F105", "error", note="时效 belongs to 产出指标"),
                "工程完工时间",
                "2026年10月31日前",
            ),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "or06-screening-twice-timely-days",
    (1, 9),
    "one-year project, OLD-NAT, one value column, tiers repeated in every row; one na"
    "me twice with two values, a 及时率 in 天",
)
def or06() -> Book:
    b, s = new_sheet()
    project_head(
        s, year=YEAR, name="适龄妇女宫颈癌和乳腺癌筛查", dept="澄溪县卫生健康局（219）",
        unit="澄溪县妇幼保健院",
        money=[("年度资金总额", 150.0, "其中：财政拨款", 150.0), ("其他资金", 0.0, None, None)],
        goals=["为全县35—64岁农村适龄妇女免费开展宫颈癌、乳腺癌筛查各6000人，及时告知筛查"
               "结果并跟踪随访异常病例。"],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "宫颈癌筛查人数",
                mk("≥6000人", "D102", "error", row=True, required=False),
            ),
            ("产出指标", "数量指标", "乳腺癌筛查人数", "≥6000人"),
            (
                "产出指标",
                "数量指标",
                "宫颈癌筛查人数",
                mk(
                    mk(
                        "≥5000人",
                        "D102",
                        "error",
                        row=True,
                        note="the same name with ≥6000人 above",
                    ),
                    "D104",
                    "warning",
                    row=True,
                    required=False,
                ),
            ),
            ("产出指标", "质量指标", "筛查信息录入准确率", "≥98%"),
            (
                "产出指标",
                "时效指标",
                "筛查结果告知及时率",
                mk("≥95天", "T105", "error", row=True, alt=("T112",), note="a 及时率 in 天"),
            ),
            ("产出指标", "成本指标", "人均筛查成本", "≤120元/人"),
            ("效益指标", "社会效益指标", "两癌早诊率", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥92%"),
        ]
    )
    return b
