"""One-year project tables of agriculture and rural affairs (oj01–oj08, oj16)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout182.common import footer, indicators, one_year_money, wan
from tests.variants.holdout182.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, ok, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("oj01-farmland-inline", (1, 5), "one-year 高标准农田 project, NAT-2021, operators "
         "inside the values, 万元 in the number format, a =0起 accident count and "
         "化肥使用量增长率 ≤0%")  # fmt: skip
def oj01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="青禾县2025年高标准农田建设项目", dept="青禾县农业农村局（412001）",
        unit="青禾县农田建设服务中心", attr="新增项目",
        money=one_year_money(3260, 3060, 200),
        goals=["在东坪、下湾两镇新建高标准农田2万亩，配套灌排、田间道路和农田防护设施，"
               "项目区粮食综合生产能力稳步提升。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥2万亩"),
        (None, None, "新增高效节水灌溉面积", "≥0.6万亩"),
        (None, None, "新建和改造田间道路", "≥18公里"),
        (None, "质量指标", "工程验收合格率", "≥98%"),
        (None, "时效指标", "项目完工时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "亩均财政投入标准", "≤1500元/亩"),
        (None, "社会成本指标", "施工安全生产事故", "=0起"),
        ("效益指标", "经济效益指标", "项目区亩均粮食产能提高", "≥100公斤"),
        (None, "社会效益指标", "项目区受益农户", "≥5200户"),
        (None, "生态效益指标", "项目区化肥使用量增长率", "≤0%"),
        (None, "可持续影响指标", "工程建后管护制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "填报人：许晓岚　　联系电话：0396-5123408　　填报日期：2024年11月18日")
    return b


@variant("oj02-subsidy-operator-column", (1, 12), "one-year 耕地地力保护补贴 project, OLD-NAT, "
         "operator and unit columns: 每亩补贴标准 × 补贴面积 above the money, plan dates in the "
         "year after the title's")  # fmt: skip
def oj02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="柳塘县2025年耕地地力保护补贴项目", dept="柳塘县农业农村局（305002）",
        unit="柳塘县农业农村局", attr="常年项目",
        start=mk(day(2026, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                 note="title 2025年度, plan dates typed as 2026"),
        end=day(2026, 12, 31),
        money=one_year_money(3900, 3900, 0),
        goals=["按照确权面积将耕地地力保护补贴足额发放到户，引导农民保护耕地、提升地力。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "耕地地力保护补贴面积", "≥", mk(35.6, "B107", "warning", row=True,
                                                       required=False, note="the area side"),
         "万亩"),
        (None, None, "补贴发放农户", "≥", 4.2, "万户"),
        (None, "质量指标", "补贴资金发放准确率", "≥", 98, "%"),
        (None, "时效指标", "补贴资金兑付完成时间", "≤",
         ok("2025年6月30日", "error", note="consistent with the title; wrong only against the "
            "mistyped plan dates"), None),
        (None, "成本指标", "每亩补贴标准", "≤",
         mk(118, "B107", "warning", row=True,
            note="118元/亩 × 35.6万亩 = 4200.8万元 > 年度资金 3900万元"), "元/亩"),
        ("效益指标", "社会效益指标", "补贴政策知晓率", "≥", 95, "%"),
        (None, "生态效益指标", "秸秆综合利用率", "≥", 90, "%"),
        (None, "可持续影响指标", "耕地地力保护长效机制", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥", 92, "%"),
    ])  # fmt: skip
    footer(s, "单位负责人：陈守田　　填表人：贺玉芬　　填报日期：2024年12月2日")
    return b


@variant("oj03-fertiliser-direction-column", (11,), "one-year 化肥农药减量增效 project, "
         "NAT-2021, 指标性质 as direction (正向/反向/定性), operators in the values, "
         "unit column")  # fmt: skip
def oj03() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s, year=2025, name="石埠县2025年化肥农药减量增效示范项目", dept="石埠县农业农村局",
        unit="石埠县农业技术推广中心", attr="延续项目",
        money=one_year_money(520, 480, 40),
        goals=["推广测土配方施肥和病虫害绿色防控，实现化肥使用量零增长、化学农药使用量继续下降，"
               "示范区节本增效。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"), [
        ("产出指标", "数量指标", "测土配方施肥技术推广面积", "正向", "≥38", "万亩"),
        (None, None, "绿色防控示范区建设", "正向", "≥12", "个"),
        (None, None, "有机肥替代化肥示范面积", "正向", "≥1.5", "万亩"),
        (None, "质量指标", "病虫害统防统治覆盖率", "正向", "≥45", "%"),
        (None, "时效指标", "示范物资发放及时率", "正向", "≥95", "%"),
        ("成本指标", "经济成本指标", "有机肥替代补助标准", "反向", "≤200", "元/亩"),
        ("效益指标", "经济效益指标", "示范区亩均节本增效", "正向", "≥60", "元"),
        (None, "社会效益指标", "科学施肥技术入户率", "正向", "≥90", "%"),
        (None, "生态效益指标", "化肥使用量增长率", "反向", "≤0", "%"),
        (None, None, "化学农药使用量", "反向", "≤86", "吨"),
        (None, "可持续影响指标", "化肥利用率", "正向", "≥42", "%"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "正向", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("oj04-immunisation-inline", (11,), "one-year 动物疫病强制免疫 project, OLD-NAT with "
         "成本 under 产出, operators inside the values: a 免疫率 given as a head count, ≥ on a "
         "发病率")  # fmt: skip
def oj04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="云溪市2025年动物疫病强制免疫补助项目", dept="云溪市农业农村局",
        unit="云溪市动物疫病预防控制中心", attr="常年项目",
        money=one_year_money(480, 450, 30),
        goals=["完成春秋两季强制免疫和免疫效果监测，确保不发生区域性重大动物疫情。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "强制免疫疫苗采购", "≥420万毫升"),
        (None, None, "免疫抗体监测样品", "≥6000份"),
        (None, None, "强制免疫病种应免畜禽免疫率",
         mk("≥126万头", "T105", "error", note="a rate given as a head count")),
        (None, "质量指标", "免疫抗体合格率", "≥70%"),
        (None, "时效指标", "春防集中免疫完成时间", "2025年5月31日前"),
        (None, "成本指标", "免疫抗体监测费用标准", "≤25元/份"),
        ("效益指标", "经济效益指标", "减少养殖场户疫病损失", "≥300万元"),
        (None, "社会效益指标", "口蹄疫等重大动物疫病发病率",
         mk("≥0.5%", "T108", "warning", row=True, note="发病率 is 反向: ≤ meant")),
        (None, "可持续影响指标", "基层动物防疫体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("oj05-testing-word-operators", (1, 11), "one-year 农产品质量安全监测 project, NAT-2021, "
         "指标性质 as operator in words, percent cells: a 合格率 of 102 %, 大于等于 on a "
         "不合格率, a report date in the next year")  # fmt: skip
def oj05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="鹤田县2025年农产品质量安全监测项目", dept="鹤田县农业农村局",
        unit="鹤田县农产品质量安全检验检测站", attr="常年项目",
        money=one_year_money(260, 240, 20),
        goals=["开展农产品质量安全例行监测和监督抽检，及时处置不合格产品，守住不发生重大"
               "农产品质量安全事件的底线。"],
    )  # fmt: skip
    ge, le = "大于等于", "小于等于"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "例行监测样品", ge, 1800, "批次"),
        (None, None, "监督抽检样品", ge, 600, "批次"),
        (None, None, "农残快速检测", ge, 24000, "个"),
        (None, "质量指标", "例行监测合格率", ge,
         mk(pct(1.02), "T106", "error", note="a 合格率 of 102 %"), "%"),
        (None, None, "监督抽检不合格率", mk(ge, "T108", "warning", row=True,
                                           note="不合格率 is 反向: 小于等于 meant"),
         pct(0.02), "%"),
        (None, "时效指标", "年度监测报告报送时间", le,
         mk("2026年12月20日前", "Y102", "error", alt=("Y101",),
            note="a one-year 2025 project reporting in December 2026"), None),
        ("成本指标", "经济成本指标", "例行监测检测费标准", le, 600, "元/批次"),
        (None, None, "监督抽检检测费标准", le, 800, "元/批次"),
        ("效益指标", "社会效益指标", "重大农产品质量安全事件", "等于", 0, "起"),
        (None, "可持续影响指标", "农产品质量安全监测体系", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "生产经营主体满意度", ge, pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("oj06-cooperatives-shanghai", (5, 12), "one-year 农民合作社质量提升 project in the "
         "Shanghai framework (投入与管理/产出目标/效果目标/影响力目标), money in 元")  # fmt: skip
def oj06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 16, 34, 22))
    s.title("2025年度财政项目支出绩效目标表", 4)
    s.row("项目名称", "滨江区2025年农民合作社质量提升项目", None, None, merge=[(2, 4)])
    s.row("项目类别", "经常性专项业务费", "项目主管部门", "滨江区农业农村委员会")
    s.row("项目实施单位", "滨江区农村经营管理站", "项目负责人", "邵敏华")
    s.row("项目起止时间", day(2025, 1, 1), "至", day(2025, 12, 31))
    s.row("项目总预算（元）", money(1260000, YUAN), "项目当年预算（元）", money(1260000, YUAN))
    s.row("年度绩效目标", "培育市级示范社，开展合作社带头人培训，提升合作社规范运营水平和带农"
          "增收能力。", None, None, merge=[(2, 4)])  # fmt: skip
    indicators(s, ("一级目标", "二级目标", "三级目标", "指标目标值"), [
        ("投入与管理", "投入管理", "预算执行率", ">=95%"),
        (None, "财务管理", "资金使用合规性", "合规"),
        (None, "实施管理", "项目管理制度执行", "有效"),
        ("产出目标", "数量", "市级示范社培育", ">=8家"),
        (None, None, "合作社带头人培训", ">=240人次"),
        (None, "质量", "培训考核合格率", ">=95%"),
        (None, "时效", "培训任务完成时间", "2025年10月31日前"),
        (None, "成本", "人均培训成本", "<=1800元/人次"),
        (None, None, "示范社奖补标准", "<=100000元/家"),
        ("效果目标", "经济效益", "示范社成员户均增收", ">=1500元"),
        (None, "社会效益", "示范社带动农户", ">=3000户"),
        (None, "满意度", "合作社成员满意度", ">=90%"),
        ("影响力目标", "长效管理", "合作社规范运营长效机制", "建立并执行"),
        (None, "信息共享", "示范社名录信息公开", "及时"),
    ])  # fmt: skip
    return b


@variant("oj07-machinery-footnotes", (1, 4, 12), "one-year 农机购置与应用补贴 project, OLD-NAT, "
         "operator and unit columns, percent cells, footnotes and signature: 财政拨款 + 其他资金 "
         "miss the total, 补贴机具数量 twice with different targets")  # fmt: skip
def oj07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    total = mk(wan(1850), "B101", "error", note="1650 + 150 = 1800 ≠ 1850")
    project_head(
        s, year=2025, name="南垣市2025年农机购置与应用补贴项目", dept="南垣市农业农村局",
        unit="南垣市农业机械化技术推广站", attr="延续项目",
        money=one_year_money(total, 1650, 150),
        goals=["对购置补贴目录内农机具实行定额补贴，提高主要农作物耕种收综合机械化水平。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "符号", "指标值", "单位"), [
        ("产出指标", "数量指标", "补贴机具数量", "≥", 1200, "台(套)"),
        (None, None, "受益农户和农业生产经营组织", "≥", 950, "户"),
        (None, None, mk("补贴机具数量", "D102", "error", row=True, alt=("D101", "D103"),
                        note="the same indicator as the first 数量 row, 1350 against 1200"),
         "≥", 1350, "台(套)"),
        (None, "质量指标", "补贴机具抽查合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "补贴资金兑付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单台(套)平均补贴额", "≤", 1.2, "万元/台"),
        ("效益指标", "经济效益指标", "亩均作业成本降低", "≥", 25, "元"),
        (None, "社会效益指标", "主要农作物耕种收综合机械化率", "≥", pct(0.88), "%"),
        (None, "生态效益指标", "秸秆机械化还田面积", "≥", 18, "万亩"),
        ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "注：1.本表金额单位为万元；2.补贴机具范围以省级农机购置补贴目录为准。",
           "单位负责人：钟立新　　填表人：韩晓　　联系电话：0391-6627150")  # fmt: skip
    return b


@variant("oj08-seed-one-year-weights", (8, 10), "one-year 良种繁育 project with 中期 and 年度 "
         "columns legitimately equal, NAT-2021, a 权重 column adding to 100")  # fmt: skip
def oj08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    goal = "建设良种繁育基地3000亩，开展新品种展示示范，提高良种覆盖率和种子质量。"
    project_head(
        s, year=2025, name="柳塘县2025年良种繁育基地建设项目", dept="柳塘县农业农村局",
        unit="柳塘县种子管理站", attr="一次性项目",
        money=[("中期资金总额", wan(420), "年度资金总额", wan(420)),
               ("其中：财政拨款", wan(400), "其中：财政拨款", wan(400)),
               ("其他资金", wan(20), "其他资金", wan(20))],
        goals=[goal, goal],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "权重"), [
        ("产出指标", "数量指标", "良种繁育基地建设面积", "≥3000亩", "≥3000亩", 15),
        (None, None, "新品种展示示范", "≥40个", "≥40个", 10),
        (None, "质量指标", "种子质量抽检合格率", "≥98%", "≥98%", 10),
        (None, "时效指标", "基地建设完成时间", "2025年10月31日前", "2025年10月31日前", 5),
        ("成本指标", "经济成本指标", "基地建设亩均补助", "≤1200元/亩", "≤1200元/亩", 10),
        ("效益指标", "经济效益指标", "示范品种亩均增产", "≥30公斤", "≥30公斤", 15),
        (None, "社会效益指标", "带动周边农户种植良种面积", "≥2.5万亩", "≥2.5万亩", 10),
        (None, "可持续影响指标", "保存地方种质资源", "≥260份", "≥260份", 15),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("oj16-extension-points", (4, 10), "one-year 基层农技推广体系 project, OLD-NAT, 分值 and "
         "指标解释 columns, points adding to 100, a signature line")  # fmt: skip
def oj16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 14, 8, 30))
    project_head(
        s, year=2025, name="青禾县2025年基层农技推广体系改革与建设补助项目",
        dept="青禾县农业农村局", unit="青禾县农业技术推广中心", attr="延续项目",
        money=one_year_money(95, 95, 0),
        goals=["培育农业科技示范主体，开展农技人员业务培训，推动主推技术进村入户。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"), [
        ("产出指标", "数量指标", "培育农业科技示范主体", "≥300个", 15, "年内遴选培育的示范主体数"),
        (None, None, "农技人员业务培训", "≥120人", 10, "参加脱产业务培训的农技人员"),
        (None, "质量指标", "示范主体主推技术到位率", "≥95%", 10, "应用主推技术的示范主体占比"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%", 5, "按期拨付资金占应拨付资金比例"),
        (None, "成本指标", "示范主体物化补助标准", "≤2000元/个", 10, "每个示范主体物化补助上限"),
        ("效益指标", "经济效益指标", "示范主体亩均增收", "≥100元", 15, "与非示范户比较"),
        (None, "社会效益指标", "辐射带动农户", "≥6000户", 15, "示范主体带动应用主推技术农户"),
        (None, "可持续影响指标", "农技人员在线服务平台使用率", "≥90%", 10,
         "在平台开展服务的农技人员占比"),
        ("满意度指标", "服务对象满意度指标", "示范主体满意度", "≥90%", 10, "抽样问卷调查"),
    ])  # fmt: skip
    footer(s, "单位负责人（签字）：杜明远　　财务负责人（签字）：孔慧　　填报日期：2024年11月26日")
    return b
