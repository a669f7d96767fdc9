"""Returns with value, money and year mistakes as staff make them, amid unusual but correct
values: a rate given as a count, a rate over 100 %, an operator against the direction;
malformed thresholds; money that does not add up and years copied from an old table."""

from __future__ import annotations

from tests.variants.holdout49.common import comment, line, project_block, signature
from tests.variants.holdout49.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant("jg13-rates-counts-direction", (1, 11),
         "project, OLD-NAT, separate 比较符 · 指标值 · 计量单位 columns: a 完成率 given as "
         "12期, a 取证率 ≥105%, 学员投诉率 with ≥; 每季度1次 and a percent cell otherwise "
         "right")  # fmt: skip
def rates_counts_direction() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 10, 14, 12))
    project_block(
        s, year=2027, name="石湄县2027年职业技能提升培训补贴项目",
        dept="石湄县人力资源和社会保障局", unit="石湄县职业技能培训指导中心",
        money=[("中期资金总额", money(400, WAN), "年度资金总额", money(400, WAN)),
               ("其中：财政拨款", money(360, WAN), "其中：财政拨款", money(360, WAN)),
               ("其他资金", money(40, WAN), "其他资金", money(40, WAN))],
        goals=["全年开展职业技能培训2000人以上，按计划完成12期培训，培训合格率90%以上，"
               "参训学员满意度90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "职业技能培训人数", "≥", 2000, "人"),
        (None, None, "培训计划完成率", "≥",
         mk(12, "T105", "error", row=True, note="完成率写成期数"), "期"),
        (None, "质量指标", "培训后取证率", "≥",
         mk(105, "T106", "error", row=True, note="取证率不能超过100%"), "%"),
        (None, None, "培训合格率", "≥", pct(0.9), "%"),
        (None, None, "培训机构教学质量督查", "=", "每季度1次", None),
        (None, "时效指标", "补贴资金发放时限", "≤", 30, "个工作日"),
        (None, "成本指标", "人均培训补贴", "≤", 1800, "元/人"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥", 60, "%"),
        (None, None, "学员投诉率",
         mk("≥", "T108", "warning", row=True, note="投诉率是反向指标，应为≤"), 5, "%"),
        (None, "可持续影响指标", "技能人才培训机制", None, "持续完善", None),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, 1, day(2026, 11, 16, CN_DATE), who="田晓雯", checker="袁振华")
    return b


@variant("jg14-malformed-thresholds", (1,),
         "project, NAT-2021, value · 计量单位 · 备注 columns: ≥≤90%, >=95 on a 达标率 with no %, "
         "≥95%%; ≤5元/人·天, A级 and 逐步改善 otherwise right")  # fmt: skip
def malformed_thresholds() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 28, 16, 12, 16))
    project_block(
        s, year=2027, name="澄溪县农村义务教育学生营养改善计划",
        dept="澄溪县教育局", unit="澄溪县学生资助管理中心", attr="常年项目",
        money=[("中期资金总额", 1300, "年度资金总额", 1300),
               ("其中：财政拨款", 1250, "其中：财政拨款", 1250),
               ("其他资金", 50, "其他资金", 50)],
        goals=["为1.2万名农村义务教育学生提供营养膳食补助，补助标准每生每天5元，全年供餐"
               "200天以上，食品安全抽检合格率90%以上，学生营养健康状况逐步改善。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table([
        ("成本指标", "经济成本指标", "营养膳食补助标准", "≤5", "元/人·天", None),
        ("产出指标", "数量指标", "受益学生", "≥1.2", "万人", None),
        (None, None, "供餐天数", "≥200", "天", None),
        (None, "质量指标", "食品安全抽检合格率",
         mk("≥≤90%", "T116", "warning", note="两个矛盾的比较符"), None, None),
        (None, None, "学校食堂食品安全量化等级", "A级", None, None),
        (None, None, "供餐学校食堂标准化建设达标率",
         mk(">=95", "T105", "warning", alt=("T116", "T104"), note="漏写%"), None, None),
        (None, "时效指标", "食堂改造完成时间", "2027年8月31日前", None, "秋季开学前"),
        ("效益指标", "社会效益指标", "学生营养健康状况", "逐步改善", None, None),
        (None, "可持续影响指标", "营养改善计划长效机制", "建立并执行", None, None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度",
         mk("≥95%%", "T116", "warning", note="百分号重复"), None, None),
    ], merged=(1, 2))  # fmt: skip
    line(s, "注：营养膳食补助资金全部用于为学生提供食品，不得用于劳务费等支出。", 1, 6)
    signature(s, 1, day(2026, 11, 10), who="胡晓燕", checker="秦卫东")
    return b


@variant("jg15-money-years", (12,),
         "project, OLD-NAT, one value column: 年度资金总额 860 ≠ 700 + 180, a start date and "
         "an indicator deadline copied from a 2025 table into a 2027 one; 100%全覆盖 "
         "right")  # fmt: skip
def money_years() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 18, 16, 18))
    project_block(
        s, year=2027, name="鹭洲区2027年城镇老旧小区改造项目",
        dept="鹭洲区住房和城乡建设局", unit="鹭洲区城市更新服务中心", attr="新增项目",
        start=mk(day(2025, 3, 1, CN_DATE), "Y102", "error", alt=("Y101",),
                 note="开始日期沿用2025年旧表"),
        money=[("中期资金总额", 860, "年度资金总额",
                mk(860, "B101", "error", note="700+180=880")),
               ("其中：财政拨款", 700, "其中：财政拨款", 700),
               ("其他资金", 160, "其他资金", 180)],
        goals=["2027年完成18个老旧小区改造，惠及居民3200户，雨污分流全覆盖，小区居住环境"
               "明显改善，居民满意度90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table([
        ("产出指标", "数量指标", "改造老旧小区", "≥18个"),
        (None, None, "惠及居民", "≥3200户"),
        (None, "质量指标", "工程质量验收合格率", "=100%"),
        (None, None, "改造小区雨污分流覆盖率", "100%全覆盖"),
        (None, "时效指标", "改造完成时间",
         mk("2025年12月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="沿用2025年旧表的期限")),
        (None, "成本指标", "户均改造成本", "≤0.25万元/户"),
        ("效益指标", "社会效益指标", "小区居住环境", "明显改善"),
        (None, "可持续影响指标", "小区长效管理机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    for r in range(s.r - 8, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    comment(s, s.r - 3, 4, "按改造户数3200户测算，≤800万元。", "住建局 计财科")
    signature(s, 1, day(2026, 11, 24, CN_DATE), who="孔令洁", checker="段鹏")
    return b
