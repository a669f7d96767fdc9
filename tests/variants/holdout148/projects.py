"""Project tables: a 基本信息 block against its 资金来源 block, a three-year project's money,
plan dates against the budget year."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout148.common import basic_block, sign
from tests.variants.holdout148.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("nb01-pond-total-differs", (12, 11), "project, NAT-2021, 基本信息 and 资金来源 blocks, "
         "operator and unit columns: 资金总额 350 against 合计 320, a 合格率 with ≤")  # fmt: skip
def nb01() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (18, 16, 30, 12, 14, 12))
    basic_block(
        s, year=2027, name="2027年青峪县农村小型水利设施维修养护", dept="青峪县水利局",
        unit="青峪县农村水利服务中心", total=money(350, WAN),
        sources=[("省级补助", 180), ("县级财政", 90), ("村集体自筹", 50), ("合计", 320)],
        goal="维修山塘24座、清淤渠道18.5公里、维修机电排灌站6座，恢复灌溉面积3200亩，"
        "受益农户4100户，保障汛期安全度汛。",
    )  # fmt: skip
    b.file_mark("B101", "error", alt=("B102",), note="资金总额 350 ≠ 180 + 90 + 50 = 320")
    s.row(*HEAD6)
    s.table(
        [
            ("产出指标", "数量指标", "维修山塘数量", "≥", 24, "座"),
            (None, None, "清淤渠道长度", "≥", 18.5, "公里"),
            (None, None, "维修机电排灌站数量", "≥", 6, "座"),
            (None, "质量指标", "维修工程验收合格率", mk("≤", "T108", "warning", row=True),
             pct(0.98), "%"),
            (None, "时效指标", "汛前完工率", "≥", pct(0.95), "%"),
            ("成本指标", "经济成本指标", "山塘维修单位成本", "≤", 6, "万元/座"),
            (None, None, "渠道清淤单位成本", "≤", 4, "万元/公里"),
            ("效益指标", "经济效益指标", "恢复灌溉面积", "≥", 3200, "亩"),
            (None, "社会效益指标", "受益农户数", "≥", 4100, "户"),
            (None, "可持续影响指标", "设施正常运行年限", "≥", 5, "年"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027)
    return b


@variant("nb02-water-total-agrees", (12,), "project, NAT-2021, 基本信息 and 资金来源 blocks, "
         "operator and unit columns, 资金总额 equal to the 合计 (correct)")  # fmt: skip
def nb02() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (18, 16, 30, 12, 14, 12))
    basic_block(
        s, year=2027, name="2027年青峪县农村供水工程运行维护", dept="青峪县水利局",
        unit="青峪县农村供水管理站", total=money(486.5, WAN),
        sources=[("省级补助", 200), ("县级财政", 206.5), ("供水收费", 80), ("合计", 486.5)],
        goal="维修改造农村供水工程35处，更换老旧管网42公里，水质检测合格率达到95%以上，"
        "保障3.6万农村人口饮水安全。",
    )  # fmt: skip
    s.row(*HEAD6)
    s.table(
        [
            ("产出指标", "数量指标", "维修改造供水工程", "≥", 35, "处"),
            (None, None, "更换老旧管网长度", "≥", 42, "公里"),
            (None, None, "水质检测频次", "≥", 4, "次/年"),
            (None, "质量指标", "水质检测合格率", "≥", pct(0.95), "%"),
            (None, None, "维修工程验收合格率", "≥", pct(0.98), "%"),
            (None, "时效指标", "故障抢修响应时间", "≤", 24, "小时"),
            ("成本指标", "经济成本指标", "管网更换单位成本", "≤", 5.5, "万元/公里"),
            ("效益指标", "社会效益指标", "保障饮水安全人口", "≥", 3.6, "万人"),
            (None, None, "农村自来水普及率", "≥", pct(0.93), "%"),
            (None, "可持续影响指标", "工程长效管护机制", "=", "健全", None),
            ("满意度指标", "服务对象满意度指标", "农村用水户满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027, "刘晓梅", "0731-5528630")
    return b


def _three_year_head(b: Book, annual_total: float, annual_fiscal: float, period_total: float,
                     period_fiscal: float, name: str, goals: tuple[str, str]):  # fmt: skip
    s = b.sheet("项目绩效目标", (18, 18, 30, 18, 18, 16))
    project_head(
        s, year=2026, years=3, name=name, dept="澜江市卫生健康委员会 406",
        unit="澜江市基层卫生服务指导中心", title="2027年度项目支出绩效目标申报表",
        money=[
            ("中期资金总额", money(period_total, WAN), "年度资金总额", money(annual_total, WAN)),
            ("其中：财政拨款", money(period_fiscal, WAN), "其中：财政拨款",
             money(annual_fiscal, WAN)),
            ("其他资金", money(period_total - period_fiscal, WAN), "其他资金",
             money(annual_total - annual_fiscal, WAN)),
        ],
        goals=goals,
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    return s


@variant("nb03-clinic-annual-above-period", (8, 12), "project 2026—2028 in a 2027 table, "
         "NAT-2021, 中期 and 年度 columns: 年度资金 680 above 中期资金 600, one indicator twice "
         "in 数量指标 with different values")  # fmt: skip
def nb03() -> Book:
    b = Book()
    s = _three_year_head(
        b, 680, 620, 600, 540, "乡镇卫生院医疗设备更新及人员能力提升项目",
        ("2026—2028年为全市18个乡镇卫生院更新DR、彩超等医疗设备，培训基层医护人员，"
         "提升基层首诊能力。",
         "2027年为6个乡镇卫生院更新医疗设备，培训基层医护人员，基层诊疗量稳步提升。"),
    )  # fmt: skip
    b.file_mark("B103", "error", note="年度资金总额 680 大于中期资金总额 600")
    s.table(
        [
            ("产出指标", "数量指标", "更新医疗设备的乡镇卫生院", "≥18个", "≥6个", None),
            (None, None, mk("培训基层医护人员", "*", "error", row=True, required=False),
             "≥900人次", "≥300人次", None),
            (None, None, "更新DR设备台数", "≥18台", "≥6台", None),
            (None, None, mk("培训基层医护人员", "D102", "error", row=True,
                            alt=("D101", "D103")), "≥1200人次", "≥400人次", None),
            (None, "质量指标", "设备安装验收合格率", "≥98%", "≥98%", None),
            (None, "时效指标", "设备到货安装及时率", "≥95%", "≥95%", None),
            ("成本指标", "经济成本指标", "DR设备单台采购成本", "≤28万元", "≤28万元", None),
            ("效益指标", "社会效益指标", "乡镇卫生院门急诊人次增长率", "≥6%", "≥2%", None),
            (None, None, "县域内就诊率", "≥90%", "≥88%", None),
            (None, "可持续影响指标", "设备完好率", "≥95%", "≥95%", None),
            ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", "≥90%", None),
            (None, None, "基层医护人员培训满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027, "陈立新", "0739-8823015")
    return b


@variant("nb04-clinic-period-agrees", (8, 12), "project 2026—2028 in a 2027 table, NAT-2021, "
         "中期 and 年度 columns, 中期资金 above 年度资金 (correct)")  # fmt: skip
def nb04() -> Book:
    b = Book()
    s = _three_year_head(
        b, 520, 480, 1500, 1380, "基层中医药服务能力提升项目",
        ("2026—2028年建设乡镇卫生院中医馆18个，培训中医药适宜技术人员1200人次，"
         "基层中医药服务覆盖率稳步提高。",
         "2027年建设乡镇卫生院中医馆6个，培训中医药适宜技术人员400人次。"),
    )  # fmt: skip
    s.table(
        [
            ("产出指标", "数量指标", "建设乡镇卫生院中医馆", "≥18个", "≥6个", None),
            (None, None, "培训中医药适宜技术人员", "≥1200人次", "≥400人次", None),
            (None, None, "推广中医药适宜技术项目", "≥10项", "≥4项", None),
            (None, "质量指标", "中医馆建设验收合格率", "≥95%", "≥95%", None),
            (None, None, "培训考核合格率", "≥90%", "≥90%", None),
            (None, "时效指标", "年度建设任务完成时间", "2028年12月31日前", "2027年12月31日前",
             None),
            ("成本指标", "经济成本指标", "单个中医馆建设补助", "≤60万元", "≤60万元", None),
            ("效益指标", "社会效益指标", "能够提供中医药服务的乡镇卫生院占比", "≥95%", "≥85%",
             None),
            (None, "可持续影响指标", "中医馆运行维护制度", "建立并执行", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "中医药服务群众满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027, "陈立新", "0739-8823015")
    return b


@variant("nb05-end-date-last-year", (8, 1), "one-year project, OLD-NAT, value and unit columns: "
         "计划完成日期 2026-12-31 in a 2027 table, a 数量指标 given as 完成")  # fmt: skip
def nb05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 32, 16, 12, 20))
    project_head(
        s, year=2027, name="2027年石门乡肉牛养殖基地提质项目", dept="柘原县农业农村局",
        unit="柘原县畜牧水产事务中心", attr="新增项目",
        end=mk(day(2026, 12, 31, CN_DATE), "Y102", "error", row=True, alt=("Y101", "Y104")),
        money=[("年度资金总额", money(260, WAN), "其中：财政拨款", money(200, WAN)),
               (None, None, "其他资金", money(60, WAN))],
        goals=["新建标准化养殖圈舍4栋，改良肉牛品种300头，建设粪污处理设施1处，"
               "带动脱贫户户均增收1500元以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "新建标准化养殖圈舍",
             mk("完成", "T102", "warning", alt=("T104", "T116", "D104")), None, None),
            (None, None, "改良肉牛品种数量", "≥300", "头", None),
            (None, None, "建设粪污处理设施", "≥1", "处", None),
            (None, "质量指标", "圈舍建设验收合格率", "≥95%", "%", None),
            (None, None, "改良牛犊成活率", "≥92%", "%", None),
            (None, "时效指标", "项目完工及时率", "≥95%", "%", None),
            (None, "成本指标", "圈舍建设单位成本", "≤45", "万元/栋", None),
            ("效益指标", "经济效益指标", "带动脱贫户户均增收", "≥1500", "元", None),
            (None, "社会效益指标", "带动脱贫户数", "≥85", "户", None),
            (None, "生态效益指标", "养殖粪污综合利用率", "≥90%", "%", None),
            (None, "可持续影响指标", "基地持续运营年限", "≥5", "年", None),
            ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027, "杨志强", "0744-3362108")
    return b


@variant("nb06-end-date-in-year", (8,), "one-year project, OLD-NAT, value and unit columns, plan "
         "dates and a deadline inside 2027 (correct)")  # fmt: skip
def nb06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 32, 16, 12, 20))
    project_head(
        s, year=2027, name="2027年柘原县茶叶品牌推广项目", dept="柘原县农业农村局",
        unit="柘原县经济作物服务站", attr="延续项目",
        start=day(2027, 1, 1, CN_DATE), end=day(2027, 12, 31, CN_DATE),
        money=[("年度资金总额", money(95, WAN), "其中：财政拨款", money(95, WAN)),
               (None, None, "其他资金", money(0, WAN))],
        goals=["组织茶叶品牌推介活动6场，参加省级以上展会3次，培训茶农500人次，"
               "全县茶叶综合产值增长5%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "组织茶叶品牌推介活动", "≥6", "场", None),
            (None, None, "参加省级以上展会", "≥3", "次", None),
            (None, None, "培训茶农", "≥500", "人次", None),
            (None, "质量指标", "培训考核合格率", "≥90%", "%", None),
            (None, "时效指标", "展会参展任务完成时间", "2027年11月30日前", None, None),
            (None, "成本指标", "单场推介活动成本", "≤6", "万元/场", None),
            ("效益指标", "经济效益指标", "茶叶综合产值增长率", "≥5%", "%", None),
            (None, "社会效益指标", "区域公用品牌授权企业", "≥12", "家", None),
            (None, "可持续影响指标", "品牌使用管理制度", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "%", None),
            (None, None, "参展企业满意度", "≥85%", "%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027, "杨志强", "0744-3362108")
    return b
