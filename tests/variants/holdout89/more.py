"""Hospitals, a testing centre, an arbitration court, a township and a registration centre
(澄岭市 and 岚溪县, invented): ku13–ku18."""

from __future__ import annotations

from tests.variants.holdout89.common import (
    budget_line,
    budget_rows,
    duty,
    footer,
    goals,
    head,
    tasks,
)
from tests.variants.holdout89.registry import variant
from tests.variants.kit import Book, C, mk, ok, pct

UNIT = "2027年度单位整体支出绩效目标表"
DEPT = "2027年度部门整体支出绩效目标表"


def ge(v: float, fmt: str = '"≥"0%') -> C:
    return C(v, fmt)


@variant("ku13-hospital-duty-points", (10, 12),
         "岚溪县人民医院 单位整体, budget by kind and source with shares (其他资金 90 %), 职责履"
         "行 · "
         "履职效能 · 管理效率, 比较符 column, 分值 add to 100; correct")  # fmt: skip
def ku13() -> Book:
    b = Book()
    s = b.sheet("单位整体", (14, 18, 30, 10, 14, 10))
    head(s, title=UNIT, width=6, dept="岚溪县人民医院", code="411001",
         contact="包雨晴 0739-8362215")  # fmt: skip
    budget_rows(s, total=68400, basic=54720, project=13680, fiscal=6840, other=61560,
                label="单位预算（万元）")  # fmt: skip
    duty(s, "承担全县医疗救治、急危重症救治、对口帮扶乡镇卫生院和突发公共卫生事件医疗救援等"
            "职责。")  # fmt: skip
    goals(s, "一是门急诊服务26万人次、出院1.8万人次；二是完成三级四级手术3200台次；三是对口帮扶"
             "6个乡镇卫生院；四是控制医疗费用不合理增长，提升患者满意度。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "分值")
    s.table([
        ("职责履行", "重点工作履行情况", "门急诊人次", "≥", "26万人次", 12),
        (None, None, "出院人次", "≥", "1.8万人次", 10),
        (None, None, "三级四级手术台次", "≥", "3200台次", 8),
        (None, None, "对口帮扶乡镇卫生院数", "≥", "6个", 6),
        (None, None, "住院患者抗菌药物使用率", "≤", pct(0.6), 6),
        (None, None, "平均住院日", "≤", "8.5天", 6),
        ("履职效能", "社会效益", "门诊次均费用增幅", "≤", pct(0.03), 8),
        (None, None, "医院感染发生率", "≤", pct(0.03), 8),
        (None, "可持续影响", "电子病历系统应用水平分级", "≥", "4级", 6),
        (None, "服务对象满意度", "门诊患者满意度", "≥", pct(0.9), 8),
        (None, None, "住院患者满意度", "≥", pct(0.92), 8),
        ("管理效率", "预算执行", "预算执行率", "≥", pct(0.95), 7),
        (None, "资产管理", "大型医疗设备完好率", "≥", pct(0.95), 7),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    footer(s, "包雨晴", "0739-8362215", "薛承志")
    return b


@variant("ku14-hospital-tasks-duplicate", (12, 5),
         "澄岭市第三人民医院 单位整体, budget on one line with shares, tasks with a 金额合计, tie"
         "rs "
         "filled down on every row; the tasks add to 8,500 against 金额合计 8,400, 门急诊人次 "
         "twice with different targets")  # fmt: skip
def ku14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 30, 16, 16, 16))
    head(s, title=UNIT, width=6, dept="澄岭市第三人民医院", code="412003",
         contact="阮静 0739-6131150")  # fmt: skip
    budget_line(s, total=42000, fiscal=4200, other=37800, basic=33600, project=8400)
    tasks(s, [("重点专科建设", "心血管、呼吸重点专科人才和设备投入", 2600, "建成重点专科3个"),
              ("医疗设备购置", "CT、彩超等大型设备购置", 3900, "新增大型设备6台"),
              ("公共卫生服务", "传染病监测、健康教育", 1150, "公共卫生任务按期完成"),
              ("信息化建设", "电子病历和互联网医院升级", 850, "信息系统稳定运行")],
          mk(C(8400, "0.00"), "B102", "error", note="2600 + 3900 + 1150 + 850 = 8500"))  # fmt: skip
    goals(s, "一是门急诊服务18万人次、出院1.2万人次；二是建成重点专科3个；三是新增大型医疗设备"
             "6台；四是合理控制医疗费用，提升患者就医体验。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    out, qty, qual, tim = "产出指标", "数量指标", "质量指标", "时效指标"
    eff, soc, sus = "效益指标", "社会效益指标", "可持续影响指标"
    sat, obj = "满意度指标", "服务对象满意度指标"
    s.table([
        (out, qty, "门急诊人次", "≥18万人次"),
        (out, qty, "出院人次", "≥1.2万人次"),
        (out, qty, "新增大型医疗设备台数", "≥6台"),
        (out, qty, "重点专科建设数", "≥3个"),
        (out, qual, "住院患者抗菌药物使用率", "≤60%"),
        (out, qual, "甲级病案率", "≥95%"),
        (out, tim, "设备购置按期完成率", "≥95%"),
        (eff, soc, "平均住院日", "≤8天"),
        (eff, soc, "门诊次均费用增幅", "≤5%"),
        (eff, soc, mk("门急诊人次", "D102", "error", row=True, alt=("D101", "D103")),
         "≥20万人次"),
        (eff, sus, "重点专科门诊量增长率", "≥8%"),
        (sat, obj, "门诊患者满意度", "≥90%"),
        (sat, obj, "住院患者满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "阮静", "0739-6131150", "金海涛")
    return b


@variant("ku15-testing-centre-tier-points", (10, 5),
         "食品药品检验检测中心 单位整体, budget by kind and source with shares, tier-1 labels with "
         "points (产出指标（50分）), an indicator 分值 column adding to them, percent cells "
         "formatted to show ≥ or ≤; correct")  # fmt: skip
def ku15() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 16, 32, 20, 10, 10))
    head(s, title=UNIT, width=6, dept="澄岭市食品药品检验检测中心", code="135006",
         contact="郝明远 0739-6126510")  # fmt: skip
    budget_rows(s, total=1860, basic=1116, project=744, fiscal=1488, other=372,
                label="单位预算（万元）")  # fmt: skip
    goals(s, "一是完成食品检验3600批次、药品化妆品检验800批次；二是参加能力验证12项；三是为"
             "监管执法提供技术支撑；四是新增检验检测项目参数50个。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标（50分）", "数量指标", "食品检验批次", "≥3600批次", 10),
        (None, None, "药品化妆品检验批次", "≥800批次", 8),
        (None, None, "能力验证参加项目数", "≥12项", 6),
        (None, "质量指标", "检验报告准确率", ge(0.99), 10),
        (None, None, "检验差错率", ge(0.005, '"≤"0.0%'), 8),
        (None, "时效指标", "常规检验报告出具时限", "≤15个工作日", 8),
        ("效益指标（30分）", "社会效益指标", "为监管执法提供技术支撑案件数", "≥40件", 10),
        (None, None, ok("快检筛查覆盖农贸市场数", note="a count under 社会效益: C6 flags counts"),
         "≥26个", 10),
        (None, "可持续影响指标", "新增检验检测项目参数", "≥50个", 10),
        ("满意度指标（20分）", "服务对象满意度指标", "委托检验单位满意度", ge(0.9), 10),
        (None, None, "监管部门满意度", ge(0.9), 10),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "郝明远", "0739-6126510", "严秋实")
    return b


@variant("ku16-arbitration-flat-defects", (3, 11),
         "劳动人事争议仲裁院 单位整体, budget on one line with shares, flat list (指标名称 · 指标"
         "值 "
         "· 计量单位 · 指标方向 · 权重); a 结案率 given"
         " as a count, ≥ on a 反向 day count")  # fmt: skip
def ku16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 32, 14, 12, 12, 10))
    head(s, title=UNIT, width=6, dept="澄岭市劳动人事争议仲裁院", code="118004",
         contact="聂晓光 0739-6121955")  # fmt: skip
    budget_line(s, total=620, fiscal=589, other=31, basic=434, project=186)
    goals(s, "一是依法受理劳动人事争议案件2400件以上；二是加强调解，调解成功率60%以上；三是"
             "提高办案效率和庭审规范化水平；四是推进基层调解组织建设。")  # fmt: skip
    s.row("序号", "指标名称", "指标值", "计量单位", "指标方向", "权重")
    s.table([
        (1, "劳动人事争议案件受理数", "≥2400", "件", "正向", 10),
        (2, "仲裁结案率", mk("≥2280", "T105", "error", row=True), "件", "正向", 10),
        (3, "调解成功率", "≥60", "%", "正向", 10),
        (4, "案件平均审理天数", mk("≥45", "T108", "warning", row=True), "天", "反向", 10),
        (5, "法定审限内结案率", "≥95", "%", "正向", 10),
        (6, "仲裁文书送达及时率", "≥98", "%", "正向", 10),
        (7, "庭审规范化检查合格率", "≥95", "%", "正向", 10),
        (8, "调解组织覆盖乡镇（街道）数", "≥18", "个", "正向", 10),
        (9, "仲裁裁决被法院撤销率", "≤2", "%", "反向", 10),
        (10, "当事人满意度", "≥90", "%", "正向", 10),
    ])  # fmt: skip
    footer(s, "聂晓光", "0739-6121955", "傅海燕")
    return b


@variant("ku17-township-flat-correct", (3, 12),
         "石桥乡 部门整体, budget by kind and source with shares, flat list (序号 · 指标名称 · "
         "指标性质 as operator · 指标值 · 计量单位 · 权重), percent cells; correct")  # fmt: skip
def ku17() -> Book:
    b = Book()
    s = b.sheet("部门整体", (8, 32, 12, 12, 12, 10))
    head(s, title=DEPT, width=6, dept="岚溪县石桥乡人民政府", code="502021",
         contact="汤丽 0739-8354418")  # fmt: skip
    budget_rows(s, total=1680, basic=840, project=840, fiscal=1596, other=84)
    goals(s, "一是11个行政村生活垃圾收运全覆盖；二是整治撂荒耕地450亩；三是养护乡村道路42"
             "公里；四是做好防汛巡查、社会救助和矛盾纠纷调处。")  # fmt: skip
    s.row("序号", "指标名称", "指标性质", "指标值", "计量单位", "权重（%）")
    s.table([
        (1, "农村生活垃圾收运覆盖行政村数", "≥", 11, "个", 10),
        (2, "撂荒耕地整治面积", "≥", 450, "亩", 10),
        (3, "防汛隐患点巡查次数", "≥", 24, "次", 10),
        (4, "乡村道路养护里程", "≥", 42, "公里", 10),
        (5, "农村低保对象动态管理覆盖率", "≥", pct(0.95), "%", 10),
        (6, "临时救助审批时限", "≤", 5, "个工作日", 10),
        (7, "村级集体经济经营性收入总额", "≥", 260, "万元", 10),
        (8, "农村卫生厕所普及率", "≥", pct(0.9), "%", 10),
        (9, "矛盾纠纷调解成功率", "≥", pct(0.95), "%", 10),
        (10, "群众满意度", "≥", pct(0.9), "%", 10),
    ])  # fmt: skip
    s.row(None, "合计", None, None, None, 100)
    footer(s, "汤丽", "0739-8354418", "向东升")
    return b


@variant("ku18-registration-filled-down", (5, 12),
         "不动产登记中心 单位整体, budget on one line with shares, 职责履行 · 履职效能 · 管理效率 "
         "filled down on every row, counts as text with ≥, rates as percent cells, unit column; "
         "correct")  # fmt: skip
def ku18() -> Book:
    b = Book()
    s = b.sheet("单位整体支出", (14, 18, 30, 14, 12, 24))
    head(s, title=UNIT, width=6, dept="澄岭市不动产登记中心", code="121004",
         contact="尹志红 0739-6123402")  # fmt: skip
    budget_line(s, total=2240, fiscal=1792, other=448, basic=1344, project=896)
    duty(s, "承担全市不动产统一登记、登记资料管理和登记信息共享等事务性工作。")
    goals(s, "一是办理不动产登记业务42000件以上；二是化解历史遗留问题，办证1800户；三是一般"
             "登记3个工作日内办结、抵押登记1个工作日内办结；四是推进“交房即交证”。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标解释")
    duty_, key = "职责履行", "重点工作履行情况"
    eff, soc, sus, obj = "履职效能", "社会效益", "可持续影响", "服务对象满意度"
    mgt = "管理效率"
    s.table([
        (duty_, key, "不动产登记办件量", "≥42000", "件", None),
        (duty_, key, "历史遗留问题不动产办证户数", "≥1800", "户", None),
        (duty_, key, "一般登记办理时限", "≤3", "个工作日", None),
        (duty_, key, "抵押登记办理时限", "≤1", "个工作日", None),
        (duty_, key, "登记档案数字化率", ge(0.95), "%", "已数字化卷数÷馆藏卷数"),
        (duty_, key, "登记差错率", ge(0.002, '"≤"0.0%'), "%", None),
        (eff, soc, "“交房即交证”项目数", "≥20", "个", None),
        (eff, soc, "“一窗受理”业务覆盖率", ge(0.98), "%", None),
        (eff, sus, "登记信息共享部门数", "≥8", "个", None),
        (eff, obj, "办事群众满意度", ge(0.9), "%", None),
        (mgt, "预算执行", "预算执行率", ge(0.95), "%", None),
        (mgt, "预算管理", "“三公”经费支出", "≤6.5", "万元", None),
    ])  # fmt: skip
    footer(s, "尹志红", "0739-6123402", "万国栋")
    return b
