"""Compulsory-education quality: 巩固率 and 升学率, 近视率 (反向), dropout 0, 学位 counts, word
operators inside the values (`不低于99%`, `95%以上`, `≤30个工作日`, `30日内`)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout48.common import HEAD4, PCT1, indicator_table, m, notes, sign_off
from tests.variants.holdout48.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("jf12-rates-ok", (1, 5, 11), "project, NAT-2021, word operators inside the values, a "
         "rate in 0.0% format, a 反向 myopia rate with ≤, a change in 百分点, dropouts 0, "
         "tier labels with 指标 left off")  # fmt: skip
def rates_ok() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(14, 16, 30, 20))
    project_head(s, year=2026, name="义务教育优质均衡发展提升工程", dept="青枫区教育局（117）",
                 unit="青枫区教育局基础教育科", attr="延续项目",
                 money=[("年度资金总额", m(1860), "其中：财政拨款", m(1860)),
                        (None, None, "其他资金", m(0))],
                 goals=["巩固义务教育普及成果，九年义务教育巩固率不低于99%，"
                        "新增公办学位1350个，儿童青少年总体近视率较上年下降0.5个百分点以上，"
                        "家长满意度达到90%以上。"])  # fmt: skip
    indicator_table(s, HEAD4, [
        ("产出指标", "数量", "新增公办学位", "≥1350个"),
        (None, None, "义务教育阶段失学辍学人数", "=0人"),
        (None, "质量", "九年义务教育巩固率", "不低于99%"),
        (None, None, "高中阶段毛入学率", "95%以上"),
        (None, None, "初中毕业生升学率", pct(0.965, PCT1)),
        (None, "时效", "入学报名资格审核办结时限", "≤30个工作日"),
        (None, None, "转学申请办理时限", "30日内"),
        ("成本指标", "经济成本", "新增学位生均建设成本", "≤1.2万元/个"),
        ("效益指标", "社会效益", "儿童青少年总体近视率", "≤52%"),
        (None, None, "近视率较上年下降幅度", "≥0.5个百分点"),
        (None, None, "学生体质健康达标率", "≥92%"),
        (None, "可持续影响", "义务教育教学质量", "有效提升"),
        ("满意度指标", "服务对象满意度", "家长满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, ["注：近视率为反向指标，指标值越低越好。"], width=4)
    sign_off(s, 2026, who="林可", checker="徐卫东", phone="0731-2285517")
    return b


@variant("jf13-rates-wrong", (1, 5, 11), "project, NAT-2021: a myopia rate with ≥, a retention "
         "rate typed as 99 without %, 社会效益指标 under 产出指标, no 满意度指标")  # fmt: skip
def rates_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="控辍保学及学生健康促进", dept="澄溪县教育局（305）",
                 unit="澄溪县教育局基础教育股", attr="延续项目",
                 money=[("年度资金总额", m(260), "其中：财政拨款", m(260)),
                        (None, None, "其他资金", m(0))],
                 goals=["落实控辍保学责任，义务教育巩固率保持在99%以上；开展近视防控，"
                        "学生近视率逐年下降。"])  # fmt: skip
    indicator_table(s, HEAD4, [
        ("产出指标", "数量指标", "控辍保学劝返复学人数", "≥12人"),
        (None, None, "近视筛查学生人数", "≥21000人"),
        (None, "质量指标", "九年义务教育巩固率",
         mk(99, "T105", "error", alt=("T116",), note="99 without %")),
        (None, None, "学生近视率", mk("≥50%", "T108", "warning", row=True,
                                      note="反向 rate with ≥")),
        (None, mk("社会效益指标", "F105", "error", note="a 效益 tier-2 under 产出指标"),
         "学生视力健康意识", "明显增强"),
        ("成本指标", "经济成本指标", "近视筛查人均成本", "≤25元/人"),
        ("效益指标", "可持续影响指标", "控辍保学长效机制", "健全"),
    ])  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标")
    sign_off(s, 2026, who="邱婷", checker="唐志远", phone="0735-6620174")
    return b
