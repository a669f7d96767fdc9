"""Returns from the same careful offices with one or two planted mistakes each: money that does
not add up, a rate at or above 100 % hidden behind a note, a 反向 rate with 不低于, a rate given
as a count, a 中期 count copied into 年度, a conflicting duplicate."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout67.common import foot, one_year_money, period_money, wan
from tests.variants.holdout67.registry import variant
from tests.variants.kit import Book, mk, pct

RULE = "每降低1个百分点扣1分，达到95%得满分"


@variant(
    "jy13-money-and-ceiling",
    (1, 12),
    "two-year project, OLD-NAT, one 年度指标值 column with 指标解释 and "
    "评（扣）分标准: the annual money does not add up; ≥100%（含） on "
    "an acceptance rate",
)
def jy13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 26, 18, 34, 28))
    project_head(
        s,
        year=2026,
        years=2,
        name="栖霞湾区老旧小区雨污分流改造",
        dept="栖霞湾区住房和城乡建设局（306）",
        unit="栖霞湾区城市更新中心",
        attr="新增项目",
        money=[
            (
                "中期资金总额",
                wan(1000),
                "年度资金总额",
                mk(wan(500), "B101", "error", note="420 + 60 = 480 ≠ 500"),
            ),
            ("其中：财政拨款", wan(860), "其中：财政拨款", wan(420)),
            ("其他资金", wan(140), "其他资金", wan(60)),
        ],
        goals=[
            "2026年—2027年完成24个老旧小区雨污分流改造，新建污水管网18公里。",
            "2026年完成11个小区改造，新建污水管网8.5公里，改造后小区雨天污水冒溢投诉下降50%以上。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "指标解释", "评（扣）分标准")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "完成改造小区",
                "≥11个",
                "按2025年12月公布的改造计划清单",
                "每少1个扣1分",
            ),
            (None, None, "新建污水管网", "≥8.5公里", "DN300及以上管径", "每少0.5公里扣1分"),
            (
                None,
                "质量指标",
                "分部工程验收合格率",
                mk(
                    "≥100%（含）",
                    "T106",
                    "error",
                    note="a rate cannot exceed 100 %: =100% or ≥95% meant",
                ),
                "合格分部工程数/验收分部工程数",
                RULE,
            ),
            (
                None,
                None,
                "雨污混接点整改率",
                "≥95%",
                "整改混接点数/排查混接点数",
                "每降低1个百分点扣1分",
            ),
            (
                None,
                "时效指标",
                "年度改造任务完成时间",
                "2026年11月30日前",
                "含竣工验收",
                "逾期1个月扣1分",
            ),
            (
                None,
                "成本指标",
                "单位管网建设成本",
                "≤52万元/公里",
                "含管材、开挖和路面恢复",
                "超出标准不得分",
            ),
            (
                "效益指标",
                "社会效益指标",
                "污水冒溢投诉下降率",
                "≥50%",
                "以2025年投诉量136件为基数",
                "每降低5个百分点扣1分",
            ),
            (
                None,
                "生态效益指标",
                "片区污水收集率",
                "≥85%",
                "2025年为71.4%",
                "每降低1个百分点扣0.5分",
            ),
            (
                None,
                "可持续影响指标",
                "管网移交养护机制",
                "建立并执行",
                "竣工后3个月内移交排水公司",
                "未移交扣2分",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "改造小区居民满意度",
                "≥90%",
                "每小区抽样不少于50户",
                "每降低1个百分点扣0.5分",
            ),
        ],
        merged=(1, 2),
    )
    foot(s, "马某", "025-84361120", "2025年11月27日")
    return b


@variant(
    "jy14-direction-and-count",
    (11, 1),
    "project, NAT-2021, values with word operators and a 数据来源 "
    "column: 不低于 on a 反向 complaint rate; a coverage rate given "
    "as a count",
)
def jy14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 26, 18, 34, 20))
    project_head(
        s,
        year=2026,
        name="南屿区医疗保障基金监管",
        dept="南屿区医疗保障局（715）",
        unit="南屿区医疗保障基金监管中心",
        money=one_year_money(210, 210, 0),
        goals=[
            "2026年对全区286家定点医药机构开展监督检查全覆盖，追回违规基金，开展"
            "医保政策培训不少于1200人次，群众投诉率控制在2‰以内。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "数据来源")
    s.table(
        [
            (
                "成本指标",
                "经济成本指标",
                "单家机构检查成本",
                "不超过0.6万元/家",
                "含第三方专业机构服务费",
                "服务合同",
            ),
            (
                "产出指标",
                "数量指标",
                "定点医药机构检查数",
                "不少于286家",
                "全区定点医药机构全覆盖",
                "检查台账",
            ),
            (
                None,
                None,
                "医保政策培训覆盖率",
                mk(
                    "≥1200人次",
                    "T105",
                    "error",
                    note="a 覆盖率 needs a %: a count of 人次 was typed",
                ),
                "定点机构医保管理人员和参保群众",
                "培训签到表",
            ),
            (None, "质量指标", "违规问题整改到位率", pct(1), "发现问题当年整改", "整改台账"),
            (
                None,
                "时效指标",
                "举报线索核查办结时间",
                "≤30个工作日",
                "自受理之日起计算",
                "举报系统",
            ),
            (
                "效益指标",
                "社会效益指标",
                "追回违规医保基金",
                "≥300万元",
                "2025年追回286万元",
                "追回款入账凭证",
            ),
            (
                None,
                None,
                "群众投诉率",
                mk(
                    "不低于2‰",
                    "T108",
                    "warning",
                    row=True,
                    alt=("D104",),
                    note="a 反向 rate with 不低于 (≥): the goal says 控制在2‰以内",
                ),
                "投诉件数/参保人数",
                "12345工单系统",
            ),
            (
                None,
                "可持续影响指标",
                "智能监控规则库",
                "持续完善",
                "年内新增监控规则不少于20条",
                "医保智能监控系统",
            ),
            ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "电话回访", "回访记录"),
        ],
        merged=(1, 2),
    )
    foot(s, "林某某", "0596-2118075", "2025年11月20日")
    return b


@variant(
    "jy15-copied-and-duplicate",
    (8, 2),
    "three-year project, NAT-2021, 中期 and 年度 columns with 指标值设定依据: "
    "one cumulative count copied from 中期 into 年度; the same indicator "
    "twice with different values",
)
def jy15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 26, 16, 16, 32))
    project_head(
        s,
        year=2026,
        years=3,
        name="金沙县城区智慧停车系统建设",
        dept="金沙县城市管理局（318）",
        unit="金沙县城市运行管理中心",
        attr="新增项目",
        money=period_money(3600, 3000, 600, 1300, 1100, 200),
        goals=[
            "2026年—2028年在县城新建智慧停车泊位3000个，安装停车诱导屏60块，建成县级停车信息平台。",
            "2026年新建智慧停车泊位1000个，安装诱导屏20块，平台上线试运行。",
        ],
    )
    # consequences of the planted mistakes, tolerated: the copied 3000 against the goal's 1000
    # and against the annual money, the duplicate's 80 against the goal's 60
    b.file_mark("D104", "warning", required=False)
    b.file_mark("B107", "warning", required=False)
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "指标值设定依据")
    s.table(
        [
            (
                "成本指标",
                "经济成本指标",
                "单个泊位改造成本",
                "≤0.9万元/个",
                "≤0.9万元/个",
                "历史标准：2025年试点0.96万元/个",
            ),
            (
                "产出指标",
                "数量指标",
                "新建智慧停车泊位",
                "≥3000个",
                mk(
                    "≥3000个",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="the 中期 count copied into 年度: the year is 1000",
                ),
                "计划标准：三年行动方案",
            ),
            (None, None, "停车诱导屏安装数", "≥60块", "≥20块", "计划标准：主要路口全覆盖"),
            (None, "质量指标", "泊位检测器识别准确率", "≥98%", "≥98%", "行业标准：地磁检测≥98%"),
            (
                None,
                "时效指标",
                "停车信息平台上线时间",
                "2028年6月30日前",
                "2026年12月31日前",
                "计划标准：2026年试运行",
            ),
            (
                "效益指标",
                "社会效益指标",
                "城区泊位周转率提高",
                "≥20%",
                "≥8%",
                "以2025年城区平均每泊位日周转3.1次为基数",
            ),
            (
                None,
                None,
                mk(
                    mk(
                        "停车诱导屏安装数",
                        "D102",
                        "error",
                        row=True,
                        alt=("D101", "D103"),
                        note="the same indicator as the 数量 row above, with another value",
                    ),
                    "F201",
                    "warning",
                    row=True,
                    required=False,
                    note="also a count under 效益",
                ),
                "≥80块",
                "≥30块",
                "计划标准",
            ),
            (
                None,
                "可持续影响指标",
                "停车收费收入反哺运维",
                "建立并执行",
                "建立并执行",
                "其他标准：特许经营协议约定",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "驾驶员停车满意度",
                "≥85%",
                "≥85%",
                "历史标准：2025年调查82.6%",
            ),
        ],
        merged=(1, 2),
    )
    foot(s, "罗某", "0857-6230419", "2025年11月22日")
    return b
