"""Correct project returns whose values are unusual but right: ratios (≥1:1), per-mille and
per-100 000 rates, scores (≥4.5分), 100%全覆盖, frequencies (每季度1次), 全年无休, ranges
(85%-90%), tolerances (±5%以内), relative benchmarks (不低于全省平均水平), grades (A级) and
deadlines (2027年底前); indicator names that hold numbers (12345, 5G)."""

from __future__ import annotations

from tests.variants.holdout49.common import comment, line, project_block, quoted, signature
from tests.variants.holdout49.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, money, pct


@variant("jg01-ratio-permille-ok", (1, 7),
         "project, NAT-2021, one value column and two optional columns (指标值设定依据 "
         "partly, 备注 all empty): ≥1:1, ≤1‰, 100%全覆盖, 2027年底前, 逐步改善, a 批注 on "
         "two values")  # fmt: skip
def ratio_permille() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 16, 12))
    project_block(
        s, year=2027, name="澄溪县2027年高标准农田建设项目（县级配套）",
        dept="澄溪县农业农村局[312001]", unit="澄溪县农田建设服务中心", attr="新增项目",
        money=[("中期资金总额", money(2600, WAN), "年度资金总额", money(2600, WAN)),
               ("其中：财政拨款", money(2400, WAN), "其中：财政拨款", money(2400, WAN)),
               ("其他资金", money(200, WAN), "其他资金", money(200, WAN))],
        goals=["新建高标准农田1.2万亩，配套建设灌排渠道36公里，项目区灌溉设施全覆盖；"
               "引导社会资本投入不低于县级配套资金，项目区粮食亩均增产50公斤以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")
    s.table([
        ("成本指标", "经济成本指标", "亩均建设成本", "≤1800元/亩", "计划标准", None),
        (None, "社会成本指标", "施工扰民有效投诉", "≤2件", None, None),
        ("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", "计划标准", None),
        (None, None, "新建（改造）灌排渠道", "≥36公里", None, None),
        (None, "质量指标", "工程验收合格率", pct(1.0), "行业标准", None),
        (None, None, "项目区灌溉设施覆盖率", "100%全覆盖", None, None),
        (None, None, "工程质量安全事故发生率", "≤1‰", "行业标准", None),
        (None, "时效指标", "项目竣工验收时间", "2027年底前", None, None),
        ("效益指标", "经济效益指标", "社会资本投入与县级配套资金比", "≥1:1", None, None),
        (None, None, "项目区粮食亩均增产", "≥50公斤", "历史标准", None),
        (None, "生态效益指标", "项目区耕地质量等级", "逐步改善", None, None),
        (None, "可持续影响指标", "工程设施管护机制", "长效运行", None, None),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", None, None),
    ], merged=(1, 2))  # fmt: skip
    first = s.r - 12
    comment(s, first, 4, "按省定高标准农田亩均投资标准测算，不含社会资本。", "县财政局 李")
    comment(s, first + 8, 4, "即社会资本投入不少于县级配套的200万元。", "农田中心")
    line(s, "注：指标值设定依据可填计划标准、行业标准、历史标准或其他标准，备注栏可不填。", 1, 6)
    signature(s, 1, day(2026, 11, 18, CN_DATE), who="钱明轩", checker="叶春梅")
    return b


@variant("jg02-scores-grades-ok", (1, 5, 11),
         "project, OLD-NAT, columns 指标性质 (正向/反向/定性) · 比较符 · 指标值 · 计量单位: "
         "12345 in a name, ≥4.5分, 每季度1次, A级, 全年无休, percent cells, a text-typed count "
         "with a leading apostrophe, a tier label with a trailing space")  # fmt: skip
def scores_grades() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 28, 10, 8, 12, 12))
    project_block(
        s, width=7, year=2027, name="鹭洲区12345政务服务便民热线运行维护",
        dept="鹭洲区数据资源管理局", unit="鹭洲区政务服务热线中心", attr="常年项目",
        money=[("年度资金总额", money(450, "#,##0.00"), "其中：财政拨款",
                money(420, "#,##0.00")),
               ("其他资金", money(30, "#,##0.00"), None, None)],
        goals=["保障12345热线全年无休运行，受理群众来电60万件以上，工单按时办结率98%以上，"
               "群众诉求解决率和满意度稳步提升。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "热线人工坐席数", "正向", "≥", "40", "个"),
        (None, None, "年受理群众来电", "正向", "≥", 60, "万件"),
        (None, "质量指标 ", "12345热线服务评价平均得分", "正向", "≥", 4.5, "分"),
        (None, None, "工单质量抽查", "正向", "=", "每季度1次", None),
        (None, None, "数据安全管理评估等级", "定性", None, "A级", None),
        (None, "时效指标", "热线服务时间", "定性", None, "全年无休", None),
        (None, None, "工单按时办结率", "正向", "≥", pct(0.98), "%"),
        (None, None, "紧急诉求响应时间", "反向", "≤", 2, "小时"),
        (None, "成本指标", "坐席人均年运行成本", "反向", "≤", 9.6, "万元/人"),
        ("效益指标", "社会效益指标", "群众诉求解决率", "正向", "≥", pct(0.85), "%"),
        (None, None, "重复来电率", "反向", "≤", pct(0.08), "%"),
        (None, "可持续影响指标", "热线知识库更新", "正向", "≥", 12, "次"),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "正向", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    quoted(s, s.r - 12, 6)
    comment(s, s.r - 10, 6, "满分5分，取全年来电评价的平均分。", "热线中心 陈")
    line(s, "填报说明：指标性质填正向、反向或定性；定性指标不填比较符和计量单位。", 1, 7)
    signature(s, 1, day(2026, 10, 30), who="陈思远", checker="林国华")
    return b


@variant("jg03-ranges-bands-ok", (1, 7),
         "project, NAT-2021, value · 计量单位 · 指标解释 columns: 5G in names, 85%-90% on a "
         "bed occupancy rate, ±5%以内, 不低于全省平均水平, percent cells 0.0%, a deadline "
         "date")  # fmt: skip
def ranges_bands() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 30, 16, 12, 30))
    project_block(
        s, year=2027, name="栖云市5G远程医疗协作网建设项目",
        dept="栖云市卫生健康委员会", unit="栖云市人民医院", attr="新增项目",
        money=[("中期资金总额", money(680, WAN), "年度资金总额", money(680, WAN)),
               ("其中：财政拨款", money(600, WAN), "其中：财政拨款", money(600, WAN)),
               ("其他资金", money(80, WAN), "其他资金", money(80, WAN))],
        goals=["建成覆盖全市20个乡镇卫生院的5G远程会诊网络，全年开展远程会诊3000人次以上，"
               "基层医疗服务能力不低于全省平均水平。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标解释")
    s.table([
        ("产出指标", "数量指标", "接入5G远程会诊网络的乡镇卫生院", "≥20", "个", None),
        (None, None, "部署5G远程会诊终端", "≥20", "套", "每个乡镇卫生院1套"),
        (None, None, "开展远程会诊", "≥3000", "人次", None),
        (None, "质量指标", "医院病床使用率", "85%-90%", None, "保持在合理区间，过高过低均不宜"),
        (None, None, "远程影像诊断符合率", pct(0.95, "0.0%"), None, None),
        (None, None, "远程心电设备计量检定示值误差", "±5%以内", None, None),
        (None, "时效指标", "远程医疗平台上线运行时间", day(2027, 9, 30, CN_DATE), None,
         "不晚于该日"),
        ("成本指标", "经济成本指标", "5G远程会诊终端单套购置成本", "≤12", "万元/套", None),
        ("效益指标", "社会效益指标", "基层医疗服务能力", "不低于全省平均水平", None, None),
        (None, None, "患者平均转诊等待时间", "≤48", "小时", None),
        (None, "可持续影响指标", "远程医疗协作机制", "持续有效运行", None, None),
        ("满意度指标", "服务对象满意度指标", "就诊患者满意度", pct(0.92, "0.0%"), None, None),
    ], merged=(1, 2))  # fmt: skip
    comment(s, s.r - 8, 4, "参照三级医院床位使用率合理区间。", "医务科")
    line(s, "注：本表金额单位为万元。指标解释栏可不填。", 1, 6)
    signature(s, 1, day(2026, 11, 5, CN_DATE), who="赵婉清", checker="孙启明")
    return b
