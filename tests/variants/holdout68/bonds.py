# ruff: noqa: E501
"""地方政府专项债券 returns (债券资金 with 项目收益) and a Shanghai 彩票公益金 form in 元."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout68.common import footer, indicators
from tests.variants.holdout68.registry import variant
from tests.variants.kit import CN_DATE, WAN, YUAN, Book, day, mk, money, ok, pct

W = WAN


@variant(
    "jz13-bond-factory-park",
    (8,),
    "three-year 专项债 project, NAT-2021, 中期 and 年度 value columns with bare numbers and a unit column, 本息覆盖倍数 in 倍",
)
def jz13() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 14, 14, 14))
    project_head(s, year=2026, years=3, name="临溪经济开发区标准厂房及配套基础设施（专项债券项目）",
                 dept="临溪县发展和改革局（405）", unit="临溪经济开发区建设发展有限公司",
                 attr="新增项目",
                 money=[("中期资金总额", money(30000, W), "年度资金总额", money(12000, W)),
                        ("其中：债券资金", money(24000, W), "其中：债券资金", money(10000, W)),
                        ("单位自筹", money(6000, W), "单位自筹", money(2000, W))],
                 goals=["2026—2028年利用地方政府专项债券建设标准厂房18万平方米及配套道路3.2公里，"
                        "项目收益覆盖债券本息1.25倍以上，签约入园企业40家。",
                        "2026年完成一期厂房7.5万平方米、配套道路1.4公里，签约入园企业10家。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"), [
        ("成本指标", "经济成本指标", "厂房单位面积建安成本", "≤1450", "≤1450", "元/平方米"),
        ("产出指标", "数量指标", "新建标准厂房建筑面积", "≥18", "≥7.5", "万平方米"),
        (None, None, "新建配套道路", "≥3.2", "≥1.4", "公里"),
        (None, "质量指标", "单位工程验收合格率", "100", "100", "%"),
        (None, "时效指标", "一期厂房主体完工时间", "2026年12月31日前", "2026年12月31日前", None),
        (None, None, "债券资金支出进度", "≥90", "≥90", "%"),
        ("效益指标", "经济效益指标", "项目收益对债券本息覆盖倍数", "≥1.25", "≥1.25", "倍"),
        (None, None, "签约入园企业", "≥40", "≥10", "家"),
        (None, "社会效益指标", "带动新增就业岗位", "≥3000", "≥600", "个"),
        (None, "可持续影响指标", "厂房设计使用年限", "≥50", "≥50", "年"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90", "≥90", "%"),
    ])  # fmt: skip
    footer(s, "项目单位（盖章）：临溪经济开发区建设发展有限公司", "主管部门审核意见：同意申报")
    return b


@variant(
    "jz14-bond-parking-two-sets",
    (2, 8, 12),
    "two-year 专项债 project, NAT-2021, two column sets (二级/三级/指标值 for 中期, then for 年度): 债券资金 + 单位自筹 short of the 中期 total, the 中期 count of parking spaces copied into 年度",
)
def jz14() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", widths=(12, 12, 24, 14, 12, 24, 14))
    project_head(s, year=2026, years=2, name="青岚市城区公共停车场及充电设施（专项债券项目）",
                 dept="青岚市城市管理局（241）", unit="青岚市城市停车管理有限公司", attr="新增项目",
                 money=[("中期资金总额", mk(money(8600, W), "B101", "error", row=True,
                                          note="7000 + 1400 = 8400, not 8600"),
                         "年度资金总额", money(5200, W)),
                        ("其中：债券资金", money(7000, W), "其中：债券资金", money(4200, W)),
                        ("单位自筹", money(1400, W), "单位自筹", money(1000, W))],
                 goals=["两年新建公共停车泊位2400个、充电桩480个，停车及充电收入覆盖专项债券本息1.3倍以上。",
                        "2026年新建公共停车泊位1400个、充电桩300个。"])  # fmt: skip
    top = s.row("一级指标", "中期绩效指标", None, None, "年度绩效指标", None, None,
                merge=[(2, 4), (5, 7)])  # fmt: skip
    s.row(None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    s.ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    s.table([
        ("产出指标", "数量指标", "新建公共停车泊位", "≥2400个", "数量指标", "新建公共停车泊位",
         mk("≥2400个", "D202", "warning", alt=("D201", "B107"),
            note="the two-year count copied; the annual goal says 1400")),
        (None, None, "新建新能源充电桩", "≥480个", None, "新建新能源充电桩", "≥300个"),
        (None, "质量指标", "工程竣工验收合格率", "100%", "质量指标", "工程竣工验收合格率", "100%"),
        (None, "时效指标", "项目竣工时间", "2027年12月31日前", "时效指标", "年度建设任务完成时间",
         "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个泊位建设成本", "≤3.2万元/个", "经济成本指标",
         "单个泊位建设成本", ok("≤3.2万元/个", note="3.2 × the copied 2400 exceeds 5200: a "
                                "consequence of the copied count")),
        ("效益指标", "经济效益指标", "项目收益对债券本息覆盖倍数", "≥1.3倍", "经济效益指标",
         "项目收益对债券本息覆盖倍数", "≥1.3倍"),
        (None, "社会效益指标", "主干道违停投诉量下降率", "≥30%", "社会效益指标",
         "主干道违停投诉量下降率", "≥15%"),
        (None, "可持续影响指标", "智慧停车平台接入率", "100%", "可持续影响指标", "智慧停车平台接入率",
         "100%"),
        ("满意度指标", "服务对象满意度指标", "停车群众满意度", "≥90%", "服务对象满意度指标",
         "停车群众满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b


@variant(
    "jz15-bond-cold-chain-two-line",
    (1, 7),
    "one-year 专项债 project, OLD-NAT, a two-line header (指标值 over 比较符 · 数值 · 计量单位), a 指标解释 column, a date cell",
)
def jz15() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 28, 8, 12, 12, 26))
    project_head(s, year=2026, name="白沙河区农产品冷链物流中心（专项债券项目）",
                 dept="白沙河区商务局（318）", unit="白沙河区农产品流通服务中心",
                 attr="一次性项目",
                 money=[("年度资金总额", money(6500, W), "其中：债券资金", money(5000, W)),
                        ("单位自筹", money(1500, W), "其中：政府采购预算", money(3200, W))],
                 goals=["建成冷库库容3万吨、分拣中心1.2万平方米，11月底前竣工验收，冷链仓储收入与项目融资"
                        "自求平衡，果蔬产后损耗率降至8%以内。"])  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "年度指标值", None, None, "指标解释",
                merge=[(4, 6)])  # fmt: skip
    s.row(None, None, None, "比较符", "数值", "计量单位", None)
    for c in (1, 2, 3, 7):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "新建冷库库容", "≥", 3, "万吨", "低温库与气调库合计"),
        (None, None, "新建冷链分拣中心建筑面积", "≥", 1.2, "万平方米", None),
        (None, "质量指标", "单位工程验收合格率", "=", pct(1), "%", None),
        (None, "时效指标", "项目竣工验收时间", "≤", day(2026, 11, 30, CN_DATE), None, None),
        (None, "成本指标", "单位库容建设成本", "≤", 1800, "元/吨", "不含设备"),
        ("效益指标", "经济效益指标", "年冷链仓储服务收入", "≥", 1200, "万元", "运营首年"),
        (None, None, "项目收益与融资自求平衡倍数", "≥", 1.2, "倍", "债券存续期合计"),
        (None, "社会效益指标", "本地农产品冷链流通率", "≥", pct(0.35), "%", None),
        (None, "生态效益指标", "果蔬产后损耗率", "≤", pct(0.08), "%", None),
        (None, "可持续影响指标", "冷库设计使用年限", "≥", 30, "年", None),
        ("满意度指标", "服务对象满意度指标", "入驻商户满意度", "≥", pct(0.9), "%", None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "填报人：吴桐    审核人：邵明    填报日期：2025年12月5日")
    return b


@variant(
    "jz16-bond-sewage-mistakes",
    (1, 11),
    "one-year 专项债 project, NAT-2021, value · 计量单位 · 指标方向 columns: a 达标率 as a count, a 反向 cost with ≥, a length in 万元",
)
def jz16() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 14, 12, 10))
    project_head(s, year=2026, name="北塘新区第二污水处理厂及配套管网（专项债券项目）",
                 dept="青岚市北塘新区建设管理局（226）", unit="北塘新区水务投资有限公司",
                 attr="新增项目",
                 money=[("年度资金总额", money(12000, W), "其中：债券资金", money(9000, W)),
                        ("单位自筹", money(3000, W), "其中：政府采购预算", money(4600, W))],
                 goals=["建成日处理能力3万吨的污水处理厂及配套管网26公里，出水达到一级A标准，"
                        "污水处理费收入覆盖债券本息。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向"), [
        ("成本指标", "经济成本指标", "吨水运营成本",
         mk("≥1.2", "T108", "warning", row=True, note="a cost is 反向: ≤ meant"), "元/吨", "反向"),
        (None, None, "管网单位造价", "≤160", "万元/公里", "反向"),
        ("产出指标", "数量指标", "新增污水日处理能力", "≥3", "万吨/日", "正向"),
        (None, None, "新建配套污水管网",
         mk("≥26公里", "T112", "error", row=True, note="公里 in the value, 万元 in the unit column"),
         "万元", "正向"),
        (None, "质量指标", "出水水质达标率",
         mk("3", "T105", "error", note="a rate given as 3 万吨/日, copied from the capacity row"),
         "万吨/日", "正向"),
        (None, None, "工程竣工验收合格率", "100", "%", "正向"),
        (None, "时效指标", "通水运行时间", "2026年12月31日前", None, "反向"),
        ("效益指标", "经济效益指标", "项目收益对债券本息覆盖倍数", "≥1.2", "倍", "正向"),
        (None, "生态效益指标", "新区污水集中收集率", "≥92", "%", "正向"),
        (None, "可持续影响指标", "污水处理设施稳定运行", "长期", None, "定性"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90", "%", "正向"),
    ])  # fmt: skip
    return b


@variant(
    "jz17-bond-rental-housing",
    (8, 10, 12),
    "two-year 专项债 project, NAT-2021, 中期 and 年度 columns and a 分值 column adding up to 100: the annual budget above the two-year total, a 空置率 with ≥",
)
def jz17() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 28, 14, 14, 8))
    project_head(s, year=2026, years=2, name="青岚高新区保障性租赁住房（专项债券项目）",
                 dept="青岚市住房保障中心（216）", unit="青岚高新区安居建设有限公司", attr="新增项目",
                 money=[("中期资金总额", money(18000, W), "年度资金总额",
                         mk(money(19500, W), "B103", "error", row=True,
                            note="the annual 19500 above the two-year 18000")),
                        ("其中：债券资金", money(15000, W), "其中：债券资金", money(16000, W)),
                        ("单位自筹", money(3000, W), "单位自筹", money(3500, W))],
                 goals=["两年建成保障性租赁住房1600套，租金收入覆盖专项债券本息1.2倍以上。",
                        "2026年完成800套主体结构，400套交付使用。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值"), [
        ("成本指标", "经济成本指标", "单套建安成本", "≤11万元/套", "≤11万元/套", 10),
        ("产出指标", "数量指标", "建成保障性租赁住房", "≥1600套", "≥400套", 15),
        (None, None, "完成主体结构", "≥1600套", "≥800套", 10),
        (None, "质量指标", "分户验收合格率", "100%", "100%", 10),
        (None, "时效指标", "阶段交付使用时间", "2027年12月31日前", "2026年12月31日前", 5),
        ("效益指标", "经济效益指标", "租金收入对债券本息覆盖倍数", "≥1.2倍", "≥1.2倍", 10),
        (None, None, "交付房源空置率", "≤10%",
         mk("≥10%", "T108", "warning", row=True, alt=("D203",),
            note="a 空置率 is 反向; the 中期 column has ≤10%"),
         10),
        (None, "社会效益指标", "解决新市民青年人住房", "≥3000人", "≥800人", 10),
        (None, "可持续影响指标", "租赁住房运营管理机制", "健全", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "承租人满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    footer(s, "填报人：蒋宁    联系电话：0571-86604127")
    return b


@variant(
    "jz18-shanghai-lottery-elderly",
    (5,),
    "Shanghai form in 元, 福利彩票公益金 + 单位自筹, tiers 投入与管理 / 产出目标 / 效果目标 / 影响力目标, one 指标目标值 column",
)
def jz18() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, title="2026年度财政项目支出绩效目标表",
                 name="长者照护之家建设及运营补贴（福利彩票公益金）",
                 dept="上海市临江区民政局", unit="临江区养老服务指导中心", attr="经常性专项业务费",
                 money_label="项目资金（元）",
                 money=[("项目总预算", money(4200000, YUAN), "项目当年预算", money(4200000, YUAN)),
                        ("其中：彩票公益金", money(3600000, YUAN), "单位自筹", money(600000, YUAN))],
                 goals=["新建长者照护之家4家，新增养老床位120张，为社区失能失智老人提供就近照护服务，"
                        "入住老人满意度不低于90%。"])  # fmt: skip
    indicators(s, ("一级目标", "二级目标", "三级目标", "指标目标值", None, None), [
        ("投入与管理", "投入管理", "资金到位率", pct(1), None, None),
        (None, "财务管理", "资金使用合规性", "合规", None, None),
        (None, "实施管理", "项目管理制度健全性", "健全", None, None),
        (None, "资产管理", "新购设施设备登记入账率", pct(1), None, None),
        ("产出目标", "数量", "新建长者照护之家", "4家", None, None),
        (None, None, "新增养老床位", "≥120张", None, None),
        (None, "质量", "护理员持证上岗率", ">=95%", None, None),
        (None, "时效", "照护之家开业时间", "2026年9月30日前", None, None),
        (None, "成本", "床位建设补助标准", "≤30000元/张", None, None),
        ("效果目标", "社会效益", "就近照护服务人次", ">=30000人次", None, None),
        (None, "满意度", "入住老人及家属满意度", ">=90%", None, None),
        ("影响力目标", "长效管理", "照护之家运营管理制度", "建立并执行", None, None),
        (None, "信息共享", "养老服务平台数据上传率", pct(1), None, None),
    ])  # fmt: skip
    footer(s, "项目负责人：陆敏    联系电话：021-56783390")
    return b
