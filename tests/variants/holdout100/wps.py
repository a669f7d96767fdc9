"""Returns typed in WPS: full-width operators, digits and brackets (≥９５％, ＞, ％, （）),
thousands separators kept as text (1,200人, 3,500.00), Chinese numerals (三次, 两个, 十二个月),
values with words after them (100%（以上）, ≥95%（含）); a flat department list. lf01–lf04,
lf09, lf10 are correct; lf13 carries two planted mistakes."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout100.common import HEAD, footer, proj_money, wan
from tests.variants.holdout100.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct


@variant(
    "lf01-fullwidth-operators",
    (1,),
    "project, NAT-2021, one value column, values typed in WPS with full-width operators and"
    " digits (≥１２００亩, ≥９５％, ２０２７年３月３１日前)",
)
def lf01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="澜溪县2027年高标准农田建设项目", dept="澜溪县农业农村局（312001）",
        unit="澜溪县农田建设服务中心", money=proj_money(1260, 1100, 160),
        goals=["完成高标准农田建设１２００亩，配套灌排渠道９公里、田间道路６公里，项目区亩均"
               "粮食产能提高５０公斤以上，受益农户１５００户以上。"],
    )  # fmt: skip
    s.row(*HEAD, None, "备注", merge=[(4, 5)])
    s.table(
        [
            ("产出指标", "数量指标", "新建高标准农田面积", "≥１２００亩"),
            (None, None, "新建及改造灌排渠道长度", "≥９公里"),
            (None, None, "田间道路硬化长度", "≥６公里"),
            (None, "质量指标", "工程竣工验收合格率", pct(1)),
            (None, None, "灌排设施完好率", "≥９５％"),
            (None, "时效指标", "项目开工时间", "２０２７年３月３１日前"),
            (None, None, "项目完工时间", "２０２７年１１月３０日前"),
            ("成本指标", "经济成本指标", "亩均建设成本", "≤１０５００元/亩"),
            ("效益指标", "经济效益指标", "项目区亩均粮食产能增加", "≥５０公斤"),
            (None, "社会效益指标", "受益农户数", "≥１５００户"),
            (None, "生态效益指标", "项目区农业灌溉节水率", "≥１０％"),
            (None, "可持续影响指标", "工程设施管护年限", "≥１０年"),
            ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥９０％"),
        ],
        merged=(1, 2),
    )
    footer(s, "陈启明", "0578-6613257", day(2026, 11, 18, CN_DATE))
    return b


@variant(
    "lf02-thousands-as-text",
    (1, 9),
    "two-year project, NAT-2021, 中期 and 年度 columns, money and counts typed as text with"
    " thousands separators (3,500.00, ≥1,200人)",
)
def lf02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    t = lambda v: ok(v, note="an amount typed as text with separators: X103 at most")  # noqa: E731
    project_head(
        s, year=2027, years=2, name="青岚市职业技能提升行动项目",
        dept="青岚市人力资源和社会保障局（207）", unit="青岚市职业技能培训指导中心",
        money=proj_money(t("6,800.00"), t("6,000.00"), t("800.00"),
                         annual=(t("3,500.00"), t("3,100.00"), t("400.00"))),
        goals=["两年内开展补贴性职业技能培训2,400人，新建公共实训基地2个，培训后就业率60%以上。",
               "2027年开展补贴性职业技能培训1,200人，建成公共实训基地1个，培训后就业率60%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "补贴性职业技能培训人数", "≥2,400人", "≥1,200人"),
            (None, None, "职业技能培训人次", "≥7,000人次", "≥3,500人次"),
            (None, None, "新建公共实训基地", "2个", "1个"),
            (None, "质量指标", "培训合格率", "≥90%", "≥90%"),
            (None, None, "职业技能等级证书取证率", "≥80%", "≥80%"),
            (None, "时效指标", "培训补贴发放时限", "≤30个工作日", "≤30个工作日"),
            ("成本指标", "经济成本指标", "人均培训补贴标准", "≤1,800元/人", "≤1,800元/人"),
            ("效益指标", "社会效益指标", "培训后就业率", "≥60%", "≥60%"),
            (None, None, "带动城乡劳动者就业人数", "≥1,400人", "≥700人"),
            (None, "可持续影响指标", "实训基地持续运营年限", "≥5年", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "吴佳音", "0571-86120357", day(2026, 11, 25, CN_DATE))
    return b


@variant(
    "lf03-chinese-numerals",
    (1,),
    "project, NAT-2021, one value column and a unit column, counts in Chinese numerals (三次,"
    " 两个, 十二个月内)",
)
def lf03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="溪口区2027年公共文化服务提升项目", dept="溪口区文化和旅游局",
        unit="溪口区文化馆", money=proj_money(280, 260, 20), attr="常年项目",
        goals=["全年送戏下乡120场以上，举办全区性群众文化活动三次，新建村级文化活动室两个，"
               "群众文化活动参与25000人次以上。"],
    )  # fmt: skip
    s.row(*HEAD, "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "送戏下乡演出场次", "≥120", "场"),
            (None, None, "举办全区性群众文化活动", "三次", "次"),
            (None, None, "新建村级文化活动室", "两个", "个"),
            (None, None, "图书流动服务点", "≥30", "个"),
            (None, "质量指标", "演出节目审核通过率", pct(1), "%"),
            (None, "时效指标", "文化活动室建设周期", "十二个月内", "月"),
            ("成本指标", "经济成本指标", "单场演出补助标准", "≤8000", "元/场"),
            (None, None, "单个村级文化活动室建设补助", "≤60", "万元/个"),
            ("效益指标", "社会效益指标", "群众文化活动参与人次", "≥25000", "人次"),
            (None, "可持续影响指标", "村级文化活动室每周开放天数", "不少于五天", "天"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "郑雨桐", "0576-8821046", day(2026, 12, 2, CN_DATE))
    return b


@variant(
    "lf04-words-after-values",
    (1,),
    "project, NAT-2021, values with words after them (100%（以上）, ≥65%（含）, ≤12万元（含）,"
    " 2027年9月30日前（含）)",
)
def lf04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="东陂县基层医疗卫生机构能力提升项目", dept="东陂县卫生健康局",
        unit="东陂县卫生健康局", money=proj_money(520, 480, 40), attr="新增项目",
        goals=["完成25个村卫生室标准化建设，配备智能随访设备60套，轮训乡村医生180人，"
               "家庭医生签约服务覆盖率达到65%。"],
    )  # fmt: skip
    s.row(*HEAD, None, "备注", merge=[(4, 5)])
    s.table(
        [
            ("产出指标", "数量指标", "村卫生室标准化建设数量", "≥25个（含改扩建）"),
            (None, None, "配备智能随访设备", "60套（以上）"),
            (None, None, "乡村医生轮训人数", "≥180人"),
            (None, "质量指标", "设备安装验收合格率", pct(1)),
            (None, None, "家庭医生签约服务覆盖率", "≥65%（含）"),
            (None, "时效指标", "设备采购完成时间", "2027年9月30日前（含）"),
            ("成本指标", "经济成本指标", "单个村卫生室建设补助", "≤12万元（含）"),
            (None, None, "单套随访设备采购价", "≤1.5万元（含）"),
            ("效益指标", "社会效益指标", "村卫生室年服务人次与上年之比", "100%（以上）"),
            (None, None, "慢性病患者规范管理率", "≥70%（含）"),
            (None, "可持续影响指标", "村卫生室设备正常使用年限", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "村民就医满意度", "≥90%（含）"),
        ],
        merged=(1, 2),
    )
    footer(s, "冯立群", "0573-6630194", day(2026, 11, 30, CN_DATE))
    return b


@variant(
    "lf09-department-fullwidth",
    (1, 12),
    "department, NAT-2021, key tasks with a 金额合计, values typed in WPS with full-width"
    " characters (＞３场, ≥９８％, ≥９５％（含）)",
)
def lf09() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2027, dept="青岚市档案馆",
        budget=[(wan(1386.5), wan(1326.5), wan(60), wan(986.5), wan(400))],
        tasks=[
            ("馆藏档案数字化", "馆藏纸质档案扫描、著录、挂接", wan(180), "完成数字化４０万页"),
            ("破损档案修复", "破损、霉变档案抢救性修复", wan(95), "修复档案１２０００页"),
            ("档案展陈", "举办档案专题展览，更新展厅", wan(125), "举办专题展览４场"),
            ("金额合计", None, wan(400), None),
        ],
        goal="（一）完成馆藏档案数字化４０万页；（二）修复破损档案１２０００页；"
             "（三）举办档案专题展览４场，服务查档群众８０００人次以上。",
        filled=day(2026, 11, 16),
    )  # fmt: skip
    s.row("年度绩效指标")
    s.row(*HEAD, None, "备注（数据来源）", merge=[(4, 5)])
    s.table(
        [
            ("产出指标", "数量指标", "馆藏档案数字化页数", "≥４０万页", None, "数字化验收报告"),
            (None, None, "破损档案修复页数", "≥１２０００页", None, "修复登记簿"),
            (None, None, "举办档案专题展览", "＞３场"),
            (None, "质量指标", "数字化成果抽检合格率", "≥９８％", None, "第三方抽检"),
            (None, None, "修复档案验收合格率", pct(1)),
            (None, "时效指标", "数字化成果移交时间", "２０２７年１２月２０日前"),
            ("成本指标", "经济成本指标", "单页数字化加工费", "≤２元/页"),
            ("效益指标", "社会效益指标", "档案查阅利用人次", "≥８０００人次", None, "查档系统"),
            (None, "可持续影响指标", "数字档案异地备份份数", "≥２份"),
            ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥９５％（含）", None, "问卷"),
        ],
        merged=(1, 2),
    )
    footer(s, "何思远", "0571-87213360", day(2026, 11, 16, CN_DATE))
    return b


@variant(
    "lf10-flat-fullwidth",
    (3,),
    "department, flat list (指标名称 · 比较符 · 指标值 · 计量单位 · 权重 · 备注), full-width"
    " ＞ and ％, a count typed as text with separators",
)
def lf10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2027, dept="澜溪县市场监督管理局",
        budget=[(wan(2145.8), wan(2085.8), wan(60), wan(1655.8), wan(490))],
        goal="守住食品安全和特种设备安全底线，全年完成食品安全监督抽检1,200批次以上，"
             "特种设备定期检验率98%以上，消费投诉按时办结率95%以上。",
        filled=day(2026, 11, 20),
    )  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "比较符", "指标值", "计量单位", "权重", "备注")
    s.table(
        [
            ("食品安全监督抽检批次", "≥", "1,200", "批次", 10),
            ("特种设备定期检验率", "≥", pct(0.98), "％", 10),
            ("消费投诉按时办结率", "≥", pct(0.95), "％", 10),
            ("市场主体年报公示率", "≥", pct(0.9), "％", 10),
            ("食品生产企业监督检查覆盖率", "＝", pct(1), "％", 10),
            ("抽检不合格食品核查处置率", "＝", pct(1), "％", 10),
            ("投诉举报处理时限", "≤", 7, "个工作日", 10, "自受理之日起"),
            ("“三公”经费支出", "≤", 18.6, "万元", 10, "不超过上年"),
            ("计量器具强制检定数量", "＞", "3,500", "台（件）", 10),
            ("办事群众满意度", "≥", pct(0.9), "％", 10, "第三方测评"),
        ]
    )
    s.row("合计", None, None, None, 100)
    footer(s, "罗文静", "0578-6125538", day(2026, 11, 20, CN_DATE))
    return b


@variant(
    "lf13-fullwidth-wrong",
    (1, 11),
    "project, NAT-2021, full-width values: a 合格率 above 100 % (＞１００％) and a 反向 rate"
    " with ≥",
)
def lf13() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="白沙河区老旧小区改造项目", dept="白沙河区住房和城乡建设局",
        unit="白沙河区城市更新服务中心", money=proj_money(3460, 3060, 400), attr="新增项目",
        goals=["完成１２个老旧小区综合改造，惠及居民２６００户，加装电梯２０部，"
               "改造后小区居民满意度达到９０％以上。"],
    )  # fmt: skip
    s.row(*HEAD, None, "备注", merge=[(4, 5)])
    s.table(
        [
            ("产出指标", "数量指标", "改造老旧小区个数", "≥１２个"),
            (None, None, "惠及居民户数", "≥２６００户"),
            (None, None, "加装电梯数量", "≥２０部"),
            (
                None,
                "质量指标",
                "改造工程验收合格率",
                mk("＞１００％", "T106", "error", note="a 合格率 cannot exceed 100 %"),
            ),
            (None, None, "管网改造达标率", "≥９５％"),
            (None, "时效指标", "改造工程完工时间", "２０２７年１１月３０日前"),
            ("成本指标", "经济成本指标", "户均改造成本", "≤１３０００元/户"),
            (
                None,
                "社会成本指标",
                "施工安全事故发生率",
                mk("≥２％", "T108", "warning", row=True, note="a 反向 rate takes ≤"),
            ),
            ("效益指标", "社会效益指标", "小区公共设施完好率", "≥９０％"),
            (None, "可持续影响指标", "长效物业管理覆盖率", "≥８０％"),
            ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥９０％"),
        ],
        merged=(1, 2),
    )
    footer(s, "孙洁", "0574-8735109", day(2026, 11, 22, CN_DATE))
    return b
