"""Project returns (§3.1): one-year and multi-year heads, detail blocks, cost standards."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout66.common import footer, indicators
from tests.variants.holdout66.registry import variant
from tests.variants.kit import WAN, YUAN, Book, mk, money, pct


@variant("jx01-road-upkeep", (12,), "one-year project, NAT-2021, 比较符 and unit columns, "
         "percent cells, money adds up (correct)")  # fmt: skip
def jx01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="农村公路日常养护补助项目", dept="溪口县交通运输局（412）",
                 unit="溪口县农村公路管理所", attr="常年项目",
                 money=[("资金总额", money(420), "年度资金总额", money(420)),
                        ("其中：财政拨款", money(380), "其中：财政拨款", money(380)),
                        ("其他资金", money(40), "其他资金", money(40))],
                 goals=["完成全县1150公里农村公路日常养护，处治路面病害2.4万平方米，优良中等路"
                        "比例达到85%以上，保障群众安全便捷出行。"])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "每公里年养护补助标准", "≤", 0.35, "万元/公里"),
        (None, "社会成本指标", "单次养护作业占道时长", "≤", 4, "小时"),
        ("产出指标", "数量指标", "农村公路养护里程", "≥", 1150, "公里"),
        (None, None, "桥梁定期检查数量", "≥", 86, "座"),
        (None, None, "路面病害处治面积", "≥", 2.4, "万平方米"),
        (None, "质量指标", "优良中等路比例", "≥", pct(0.85), "%"),
        (None, None, "养护工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "路面病害处治及时率", "≥", pct(0.95), "%"),
        (None, None, "补助资金拨付时限", "≤", 30, "个工作日"),
        ("效益指标", "社会效益指标", "农村公路列养率", "=", pct(1), "%"),
        (None, None, "因路况引发的交通事故起数", "≤", 3, "起"),
        (None, "生态效益指标", "养护废旧材料回收利用率", "≥", pct(0.8), "%"),
        (None, "可持续影响指标", "养护管理长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "周立新", "0771-6632015", 2025, 10, 28)
    return b


@variant("jx03-irrigation-three-year", (8, 12), "three-year project, OLD-NAT, 中期 and 年度 "
         "value columns, 中期 money above 年度 money (correct)")  # fmt: skip
def jx03() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 16, 30, 16, 16, 16, 12))
    project_head(s, year=2026, years=3, name="小型农田水利设施提升项目",
                 dept="松阳县水利局（306）", unit="松阳县农村水利服务中心", attr="新增项目",
                 money=[("中期资金总额", money(1380), "年度资金总额", money(520)),
                        ("其中：财政拨款", money(1200), "其中：财政拨款", money(460)),
                        ("其他资金", money(180), "其他资金", money(60))],
                 goals=["2026—2028年新建改造山塘42座、灌溉渠道96公里，新增恢复灌溉面积1.8万亩，"
                        "建立工程管护长效机制。",
                        "2026年新建改造山塘15座、灌溉渠道34公里，"
                        "新增恢复灌溉面积0.6万亩。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建改造山塘", "≥", 42, 15, "座"),
        (None, None, "新建改造灌溉渠道", "≥", 96, 34, "公里"),
        (None, None, "新增恢复灌溉面积", "≥", 1.8, 0.6, "万亩"),
        (None, "质量指标", "工程验收合格率", "=", pct(1), pct(1), "%"),
        (None, None, "渠道衬砌完好率", "≥", pct(0.95), pct(0.95), "%"),
        (None, "时效指标", "年度工程完工率", "≥", pct(0.9), pct(0.9), "%"),
        (None, "成本指标", "渠道改造单位造价", "≤", 8.5, 8.5, "万元/公里"),
        (None, None, "山塘整治单座造价", "≤", 12, 12, "万元/座"),
        ("效益指标", "经济效益指标", "受益农田亩均增产", "≥", 40, 40, "公斤"),
        (None, "社会效益指标", "受益农户", "≥", 6200, 2100, "户"),
        (None, "生态效益指标", "灌溉水有效利用系数", "≥", 0.58, 0.56, None),
        (None, "可持续影响指标", "工程管护责任落实率", "=", pct(1), pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), pct(0.9), "%"),
    ], head=("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
             "计量单位"))  # fmt: skip
    footer(s, "蓝晓峰", "0578-8061127", 2025, 11, 6)
    return b


@variant("jx05-training-detail", (12,), "one-year project, NAT-2021, a detail block whose lines "
         "add up, a cost standard × count equal to the money (correct)")  # fmt: skip
def jx05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="基层农技人员能力提升培训项目", dept="桐源市农业农村局（208）",
                 unit="桐源市农业技术推广中心", attr="延续项目",
                 money=[("资金总额", money(96, WAN), "年度资金总额", money(96, WAN)),
                        ("其中：财政拨款", money(96, WAN), "其中：财政拨款", money(96, WAN)),
                        ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
                 goals=["培训基层农技人员1200人次，人均培训成本不超过800元，培训考核合格率达到"
                        "95%以上。"])  # fmt: skip
    s.row("资金明细", "支出内容", "测算依据", "金额（万元）", merge=[(4, 6)])
    top = s.r
    s.row(None, "师资费", "120学时×1500元/学时", money(18, WAN), merge=[(4, 6)])
    s.row(None, "食宿费", "1200人次×3天×150元", money(54, WAN), merge=[(4, 6)])
    s.row(None, "场地及资料费", "20期×0.9万元/期", money(18, WAN), merge=[(4, 6)])
    s.row(None, "实训耗材费", "20期×0.3万元/期", money(6, WAN), merge=[(4, 6)])
    s.row(None, "合计", None, money(96, WAN), merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    indicators(s, [
        ("产出指标", "数量指标", "培训农技人员", "≥", 1200, "人次"),
        (None, None, "举办培训班期数", "≥", 20, "期"),
        (None, None, "编印培训教材", "≥", 3, "种"),
        (None, "质量指标", "培训考核合格率", "≥", pct(0.95), "%"),
        (None, None, "参训人员到课率", "≥", pct(0.9), "%"),
        (None, "时效指标", "培训计划完成时间", "≤", "2026年11月底前", None),
        ("成本指标", "经济成本指标", "人均培训成本", "≤", 800, "元/人次"),
        ("效益指标", "经济效益指标", "推广主推技术", "≥", 12, "项"),
        (None, "社会效益指标", "参训人员技术服务覆盖农户", "≥", 3.6, "万户"),
        (None, "可持续影响指标", "农技人员知识更新机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    footer(s, "付雨晴", "0736-2218854", 2025, 11, 3)
    return b


@variant("jx09-annual-above-period", (12,), "two-year project, NAT-2021, 中期 and 年度 money "
         "columns: the annual total above the period total")  # fmt: skip
def jx09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 16, 16, 16, 12))
    project_head(s, year=2026, years=2, name="城区老旧小区雨污分流改造项目",
                 dept="青岚市住房和城乡建设局（105）", unit="青岚市市政设施维护中心",
                 attr="新增项目",
                 money=[("中期资金总额", money(1260), "年度资金总额",
                         mk(money(1320), "B103", "error",
                            note="年度 1320 above the two-year total 1260")),
                        ("其中：财政拨款", money(1100), "其中：财政拨款", money(1160)),
                        ("其他资金", money(160), "其他资金", money(160))],
                 goals=["2026—2027年完成28个老旧小区雨污分流改造，新建分流管网41公里。",
                        "2026年完成16个老旧小区雨污分流改造，新建分流管网23公里。"])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "分流管网单位造价", "≤", 30, 30, "万元/公里"),
        ("产出指标", "数量指标", "完成改造小区", "≥", 28, 16, "个"),
        (None, None, "新建分流管网", "≥", 41, 23, "公里"),
        (None, None, "改造检查井", "≥", 960, 540, "座"),
        (None, "质量指标", "管道闭水试验合格率", "=", pct(1), pct(1), "%"),
        (None, None, "工程竣工验收合格率", "=", pct(1), pct(1), "%"),
        (None, "时效指标", "年度改造任务完成率", "≥", pct(0.95), pct(0.95), "%"),
        ("效益指标", "社会效益指标", "受益居民", "≥", 1.2, 0.7, "万户"),
        (None, None, "雨季小区内涝点", "≤", 4, 4, "处"),
        (None, "生态效益指标", "小区污水收集率", "≥", pct(0.95), pct(0.9), "%"),
        (None, "可持续影响指标", "管网维护责任落实率", "=", pct(1), pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥", pct(0.88), pct(0.88),
         "%"),
    ], head=("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
             "计量单位"))  # fmt: skip
    footer(s, "江浩", "0833-5127760", 2025, 10, 30)
    return b


@variant("jx11-yuan-among-wan", (12,), "one-year project, OLD-NAT, 项目资金（万元） with one "
         "amount formatted in 元")  # fmt: skip
def jx11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="社区居家养老服务补贴项目", dept="白沙河区民政局（117）",
                 unit="白沙河区养老服务指导中心", attr="延续项目",
                 money=[("资金总额", money(265, WAN), "年度资金总额", money(265, WAN)),
                        ("其中：财政拨款", money(235, WAN), "其中：财政拨款", money(235, WAN)),
                        ("其他资金", money(30, WAN), "其他资金",
                         mk(money(300000, YUAN), "B105", "error",
                            note="元 in a 万元 block"))],
                 goals=["为1100名经济困难老年人提供居家养老服务补贴，服务时长不少于每人每月"
                        "20小时，服务满意度达到90%以上。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the 元 amount breaks the sum")
    indicators(s, [
        ("产出指标", "数量指标", "享受服务补贴老年人", "≥", 1100, "人"),
        (None, None, "人均每月上门服务时长", "≥", 20, "小时"),
        (None, None, "培训养老护理员", "≥", 150, "人次"),
        (None, "质量指标", "服务工单回访率", "≥", pct(0.95), "%"),
        (None, None, "服务质量抽查合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "补贴按月发放及时率", "=", pct(1), "%"),
        (None, "成本指标", "人均年服务补贴标准", "≤", 2400, "元/人"),
        ("效益指标", "社会效益指标", "困难老年人居家养老服务覆盖率", "≥", pct(0.9), "%"),
        (None, None, "服务投诉率", "≤", pct(0.02), "%"),
        (None, "可持续影响指标", "服务监管信息平台运行", "定性", "正常运行", None),
        ("满意度指标", "服务对象满意度指标", "受助老年人满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "韦秋兰", "0779-3305182", 2025, 11, 12)
    return b


@variant("jx13-parts-off-half", (12,), "one-year project, NAT-2021, direction column: 财政拨款 "
         "+ 其他资金 short of the total by 0.5")  # fmt: skip
def jx13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 12, 12, 16, 12))
    project_head(s, year=2026, name="中小学校园安全技防升级项目", dept="临溪县教育局（221）",
                 unit="临溪县教育技术装备中心", attr="一次性项目",
                 money=[("资金总额", mk(money(318.5), "B101", "error",
                                     note="296 + 22 = 318, not 318.5"), "年度资金总额",
                         mk(money(318.5), "B101", "error",
                            note="the same 318.5 in the annual column: 296 + 22 = 318")),
                        ("其中：财政拨款", money(296), "其中：财政拨款", money(296)),
                        ("其他资金", money(22), "其他资金", money(22))],
                 goals=["为全县64所中小学升级视频监控、一键报警和周界防护系统，技防设施达标率"
                        "100%。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "升级技防系统学校", "正向", "≥", 64, "所"),
        (None, None, "新增高清监控点位", "正向", "≥", 1280, "个"),
        (None, None, "安装一键报警装置", "正向", "≥", 64, "套"),
        (None, "质量指标", "技防设施达标率", "正向", "=", pct(1), "%"),
        (None, None, "设备验收合格率", "正向", "=", pct(1), "%"),
        (None, "时效指标", "项目完成时间", "反向", "≤", "2026年8月底前", None),
        ("成本指标", "经济成本指标", "单所学校平均改造成本", "反向", "≤", 4.9, "万元/所"),
        ("效益指标", "社会效益指标", "校园安全事件发生数", "反向", "≤", 2, "起"),
        (None, None, "报警响应时间", "反向", "≤", 3, "分钟"),
        (None, "可持续影响指标", "设备运行维护机制", "定性", "=", "健全", None),
        ("满意度指标", "服务对象满意度指标", "师生家长满意度", "正向", "≥", pct(0.92), "%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值",
             "计量单位"))  # fmt: skip
    footer(s, "潘振宇", "0745-4410026", 2025, 10, 16)
    return b
