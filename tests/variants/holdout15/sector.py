"""Sector programmes (l14–l17): a three-year maternal and child health project with 中期 / 年度
columns under a two-line head and a 度量单位 column, a 医保 fund-supervision project with a
比较符 column, a school eye-health project whose table starts in column B with numbered tier
labels and footnotes, and a township health-centre project with points per tier-1 and per
indicator."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout15.common import FBook, shrug, sign_off, vmerge
from tests.variants.holdout15.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

AMT = "#,##0.00"


@variant("l14-maternal-child-multi-year-ok", (8, 12), "three-year project, NAT-2021, 中期 and "
         "年度 values under a merged two-line head, 度量单位 column, rates per 10万 and ‰ equal "
         "in both columns, 保持在…以上, totals =SUM with cached values")  # fmt: skip
def l14() -> Book:
    b = FBook()
    s = b.sheet("绩效目标表", widths=(14, 18, 34, 18, 18, 12))
    project_head(
        s, year=2026, years=3, name="青漪市妇幼健康服务能力提升项目",
        dept="青漪市卫生健康委员会", unit="青漪市妇幼保健院",
        money=[("资金总额", money(1860, WAN), "年度资金总额", money(620, WAN)),
               ("其中：财政拨款", money(1800, WAN), "其中：财政拨款", money(600, WAN)),
               ("其他资金", money(60, WAN), "其他资金", money(20, WAN))],
        goals=["三年完成新生儿疾病筛查2.7万人、免费孕前优生健康检查1.8万对，孕产妇死亡率、婴儿"
               "死亡率保持在较低水平，出生缺陷发生率逐年下降。",
               "2026年完成新生儿疾病筛查9000人、免费孕前优生健康检查6000对，筛查阳性病例7个"
               "工作日内召回。"],
    )  # fmt: skip
    b.formula(s, 5, 3, "=SUM(C6:C7)", 1860)
    b.formula(s, 5, 5, "=SUM(E6:E7)", 620)
    h = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "度量单位", merge=[(4, 5)])
    s.row(None, None, None, "中期指标值", "年度指标值", None)
    vmerge(s, [1, 2, 3, 6], h, h + 1)
    s.table(
        [
            ("产出指标", "数量指标", "新生儿疾病筛查人数", "≥27000", "≥9000", "人"),
            (None, None, "免费孕前优生健康检查", "≥18000", "≥6000", "对"),
            (
                None,
                "质量指标",
                "适龄儿童免疫规划疫苗接种率",
                "保持在90%以上",
                "保持在90%以上",
                None,
            ),
            (None, None, "新生儿遗传代谢性疾病筛查率", "≥98%", "≥98%", None),
            (None, "时效指标", "筛查阳性病例召回时限", "≤7个工作日", "≤7个工作日", None),
            ("成本指标", "经济成本指标", "新生儿疾病筛查补助标准", "≤150", "≤150", "元/人"),
            ("效益指标", "社会效益指标", "孕产妇死亡率", "≤12/10万", "≤12/10万", None),
            (None, None, "婴儿死亡率", "≤4.5‰", "≤4.5‰", None),
            (
                None,
                None,
                "出生缺陷发生率",
                "逐年下降",
                shrug("不高于上年", "a comparative target on a rate"),
                None,
            ),
            (None, "可持续影响指标", "妇幼健康服务体系", "持续完善", "持续完善", None),
            ("满意度指标", "服务对象满意度指标", "孕产妇及儿童家长满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    return b


@variant("l15-insurance-supervision-wrong", (11, 12), "project, OLD-NAT, 比较符 and 度量单位 "
         "columns: 年度资金总额 ≠ 财政拨款 + 其他资金, a 覆盖率 as a count of 家, a 发生率 in ‰ "
         "with ≥, a 满意度 without %")  # fmt: skip
def l15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 34, 10, 14, 14))
    project_head(
        s, year=2026, name="苍桥区医保基金智能监管项目", dept="苍桥区医疗保障局",
        unit="苍桥区医疗保障事务中心",
        money=[("资金总额", money(380), "年度资金总额",
                mk(money(380), "B101", "error", note="300 + 60 = 360")),
               ("其中：财政拨款", money(320), "其中：财政拨款", money(300)),
               ("其他资金", money(60), "其他资金", money(60))],
        goals=["实现全区定点医药机构智能监控全覆盖，开展医保基金专项检查4次，疑点数据按时核查"
               "处置，欺诈骗保行为得到有效遏制。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "度量单位")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "定点医药机构智能监控覆盖率",
                "≥",
                mk(3000, "T105", "error", row=True, note="a 覆盖率 as a count"),
                "家",
            ),
            (None, None, "医保基金专项检查", "≥", 4, "次"),
            (None, "质量指标", "疑点数据核查完成率", "≥", 95, "%"),
            (
                None,
                None,
                "欺诈骗保案件发生率",
                mk("≥", "T108", "warning", row=True, note="发生率 is 反向"),
                2,
                "‰",
            ),
            (None, "时效指标", "疑点线索处置时限", "≤", 15, "个工作日"),
            (None, "成本指标", "智能监控系统运维费用", "≤", 120, "万元"),
            ("效益指标", "社会效益指标", "追回违规使用医保基金", "≥", 800, "万元"),
            (None, "可持续影响指标", "医保基金监管长效机制", None, "健全", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "参保群众满意度",
                "≥",
                mk(95, "T105", "warning", row=True, alt=("T104",), note="no % and no unit"),
                None,
            ),
        ],
        merged=(1, 2),
    )
    return b


@variant("l16-school-eyesight-column-b-ok", (1, 4, 5, 10), "project, OLD-NAT, table from "
         "column B, numbered tier labels (1.产出指标, （1）数量指标), 比较符 column with percent "
         "cells in 0.0%, a fall in 个百分点, 注, 填报说明 and sign-off lines")  # fmt: skip
def l16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(3, 14, 18, 32, 10, 14, 12, 16))
    s.row("2026年度项目支出绩效目标表", merge=[(2, 8)], col=2)
    s.row("项目名称", "岚溪县儿童青少年近视防控项目", None, None, "主管部门", "岚溪县教育局",
          None, merge=[(3, 5), (7, 8)], col=2)  # fmt: skip
    s.row("实施单位", "岚溪县中小学卫生保健所", None, None, "项目属性", "延续项目", None,
          merge=[(3, 5), (7, 8)], col=2)  # fmt: skip
    s.row("项目期", "1年", "计划开始日期", day(2026, 1, 1), "计划完成日期", day(2026, 12, 31),
          None, col=2)  # fmt: skip
    s.row("项目资金（万元）", "资金总额", money(96.8), "其中：财政拨款", money(96.8), "其他资金",
          money(0), col=2)  # fmt: skip
    s.row("年度绩效目标", "完成全县中小学生视力筛查4.26万人，筛查覆盖率98%以上，开展近视防控宣传"
          "教育活动24场次，全县中小学生总体近视率较上年下降0.5个百分点以上。", None, None, None,
          None, None, merge=[(3, 8)], col=2)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注", col=2)
    s.table(
        [
            ("1.产出指标", "（1）数量指标", "视力筛查学生人数", "≥", 42600, "人", None),
            (None, None, "近视防控宣传教育活动", "≥", 24, "场次", None),
            (None, "（2）质量指标", "学生视力筛查覆盖率", "≥", pct(0.98, "0.0%"), None, None),
            (None, None, "筛查数据上报准确率", "≥", pct(0.995, "0.0%"), None, None),
            (None, "（3）时效指标", "筛查结果反馈时限", "≤", 15, "个工作日", None),
            (None, "（4）成本指标", "人均视力筛查成本", "≤", 18, "元/人", None),
            (
                "2.效益指标",
                "（1）社会效益指标",
                "中小学生总体近视率下降幅度",
                "≥",
                0.5,
                "个百分点",
                "较上年",
            ),
            (None, None, "学生近视防控知识知晓率", "≥", pct(0.9, "0.0%"), None, None),
            (None, "（2）可持续影响指标", "学校近视防控工作机制", None, "建立并执行", None, None),
            (
                "3.满意度指标",
                "（1）服务对象满意度指标",
                "学生家长满意度",
                "≥",
                pct(0.9, "0.0%"),
                None,
                "问卷调查",
            ),
        ],
        merged=(1, 2),
        col=2,
    )
    s.row("注：1.比率类指标按百分比填写；2.近视率以省级学生体质健康监测口径为准。",
          merge=[(2, 8)], col=2)  # fmt: skip
    s.row("填报说明：本表一式两份，报县财政局、县教育局各一份。", merge=[(2, 8)], col=2)
    sign_off(s, year=2025, month=11, date=26, who="牟晓岚", checker="詹国梁",
             phone="0736-5523419", col=2)  # fmt: skip
    return b


@variant("l17-township-points-wrong", (10, 11), "project, NAT-2021, 分值 beside each tier-1 "
         "and each indicator: 产出指标 declares 50 over indicators of 45, a 平均住院日 with ≥, a "
         "满意度 with =, a %% typed twice")  # fmt: skip
def l17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 8, 18, 30, 18, 10))
    project_head(
        s, year=2026, name="岚溪县乡镇卫生院服务能力提升项目", dept="岚溪县卫生健康局",
        unit="岚溪县卫生健康局",
        money=[("资金总额", money(540), "年度资金总额", money(540)),
               ("其中：财政拨款", money(540), "其中：财政拨款", money(540)),
               ("其他资金", money(0), "其他资金", money(0))],
        goals=["为12所乡镇卫生院配置设备36台（套），培训乡村医生300人次，提升基层首诊能力。"],
    )  # fmt: skip
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
    s.table(
        [
            (
                "产出指标",
                mk(50, "W103", "error", note="10 + 10 + 10 + 5 + 10 = 45"),
                "数量指标",
                "乡镇卫生院设备配置",
                "≥36台（套）",
                10,
            ),
            (None, None, None, "乡村医生培训", "≥300人次", 10),
            (None, None, "质量指标", "设备验收合格率", "=100%", 10),
            (None, None, "时效指标", "设备配置完成时间", "2026年10月31日前", 5),
            (None, None, None, "培训按期完成率", "≥95%", 10),
            ("成本指标", 10, "经济成本指标", "乡镇卫生院设备购置成本", "≤420万元", 10),
            (
                "效益指标",
                30,
                "社会效益指标",
                "乡镇卫生院平均住院日",
                mk("≥8天", "T108", "warning", row=True, note="平均住院日 is 反向"),
                10,
            ),
            (
                None,
                None,
                None,
                "基层就诊率",
                mk("≥65%%", "T116", "warning", note="%% typed twice"),
                10,
            ),
            (None, None, "可持续影响指标", "基层首诊服务能力", "持续提升", 10),
            (
                "满意度指标",
                10,
                "服务对象满意度指标",
                "患者满意度",
                mk("=95%", "T107", "warning", note="= on a 满意度"),
                10,
            ),
        ],
        merged=(1, 2, 3),
    )
    b.file_mark("W101", "error", required=False, note="the indicator points add to 95")
    return b
