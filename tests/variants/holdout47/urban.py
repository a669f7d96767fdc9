"""Urban management returns (城管局, 环卫处, 路灯所, 停车管理): refuse collection in 吨 × 元/吨,
street lighting 亮灯率, parking spaces; tables starting in column B or C, labels with points."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout47.common import head_from, sign_off
from tests.variants.holdout47.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, money, ok, pct

AMOUNT = "#,##0.00"


@variant("je05-refuse-collection-ok", (1, 4, 7),
         "project, NAT-2021, table from column B with 指标性质 · 指标方向 · 比较符 · "
         "指标值 · 计量单位 columns, percent cells beside a % unit, 吨 × 元/吨 against "
         "the money, 注 lines")  # fmt: skip
def je05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (3, 12, 14, 26, 10, 10, 8, 12, 10))
    head_from(
        s, 2, 8, title="2026年度项目支出绩效目标表",
        fields=[("项目名称", "城区生活垃圾清运", "项目属性", "常年项目"),
                ("主管部门", "云栖县城市管理局", "实施单位", "云栖县环境卫生管理所"),
                ("计划开始日期", day(2026, 1, 1), "计划完成日期", day(2026, 12, 31)),
                ("年度资金总额（万元）", money(3400, AMOUNT), "其中：财政拨款（万元）",
                 money(3400, AMOUNT))],
        goal="全年清运城区生活垃圾约18.25万吨，做到日产日清，城区环境卫生持续改善。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "比较符", "指标值",
          "计量单位", col=2)  # fmt: skip
    s.table(
        [
            ("产出指标", "数量指标", "生活垃圾清运量", "定量", "正向", "≥", 18.25, "万吨"),
            (None, None, "垃圾转运站运维", "定量", "正向", "=", 14, "座"),
            (None, "质量指标", "垃圾日产日清率", "定量", "正向", "=", pct(1), "%"),
            (None, None, "清运车辆密闭化率", "定量", "正向", "≥", pct(0.98), "%"),
            (None, "时效指标", "生活垃圾收运时限", "定量", "反向", "≤", 24, "小时"),
            ("成本指标", "经济成本指标", "生活垃圾清运单价", "定量", "反向", "≤", 185, "元/吨"),
            (
                "效益指标",
                "社会效益指标",
                "城区环境卫生状况",
                "定性",
                "正向",
                None,
                "逐步改善",
                None,
            ),
            (None, "生态效益指标", "生活垃圾无害化处理率", "定量", "正向", "=", pct(1), "%"),
            (
                None,
                "可持续影响指标",
                "垃圾收运体系长效运行",
                "定性",
                "正向",
                None,
                "有效保障",
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "定量", "正向", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
        col=2,
    )
    s.row(ok("注：1.清运量按2025年日均500吨×365天测算；2.清运单价按2024年公开招标中标价确定。",
             note="以往年度的测算依据，不是年度矛盾"), col=2, merge=[(2, 9)])  # fmt: skip
    sign_off(s, day(2025, 10, 22), who="吴桐", checker="裘海", phone="0576-8712 3306", col=2)
    return b


@variant("je06-kitchen-waste", (1,),
         "project, NAT-2021, one value column: a 及时率 of 105 %, a doubled operator, the same "
         "indicator twice with different values")  # fmt: skip
def je06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 20, 18, 12))
    project_head(
        s, year=2026, name="餐厨垃圾收运处置", dept="云栖县城市管理局（402011）",
        unit="云栖县环境卫生管理所", attr="延续项目",
        money=[("年度资金总额", money(820, WAN), "其中：财政拨款", money(780, WAN)),
               ("其他资金", money(40, WAN), None, None)],
        goals=["收运处置城区餐厨垃圾2.6万吨，覆盖全部餐饮单位，推进垃圾分类。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "餐厨垃圾收运量", "≥2.6万吨"),
            (None, None, "签约收运餐饮单位", "≥1450家"),
            (None, "质量指标", "餐厨垃圾资源化利用率", "≥90%"),
            (
                None,
                "时效指标",
                "餐厨垃圾收运及时率",
                mk(pct(1.05), "T106", "error", note="及时率 105%，超过 100%"),
            ),
            ("成本指标", "经济成本指标", "收运处置单价", "≤260元/吨"),
            (
                "效益指标",
                "社会效益指标",
                "居民垃圾分类知晓率",
                mk("≥≤90%", "T116", "warning", note="两个比较符"),
            ),
            (
                None,
                None,
                ok(
                    mk(
                        "餐厨垃圾收运量",
                        "D102",
                        "error",
                        row=True,
                        note="与第一行同名，2.6 万吨 / 3.1 万吨",
                    ),
                    note="收运量填在社会效益下，提示放错层级也可以",
                ),
                "≥3.1万吨",
            ),
            (None, "生态效益指标", "餐厨垃圾无害化处理率", pct(1)),
            ("满意度指标", "服务对象满意度指标", "餐饮单位满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    sign_off(s, day(2025, 10, 24), who="吴桐", checker="裘海", phone="0576-8712 3306")
    return b


@variant("je07-street-lights-ok", (5,),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "1.数量指标), word operators (98%以上, 不低于95%, 24小时内), a 指标值设定依据 "
         "column, a note row")  # fmt: skip
def je07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 16, 30, 18, 16, 12))
    project_head(
        s, year=2026, name="城市道路照明设施维护", dept="青漪市城市管理局（330105）",
        unit="青漪市路灯管理所", attr="常年项目",
        money=[("年度资金总额", money(900, WAN), "其中：财政拨款", money(880, WAN)),
               ("其他资金", money(20, WAN), None, None)],
        goals=["维护城区路灯26400盏，改造LED节能路灯1200盏，主干道亮灯率保持在98%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    s.table(
        [
            ("一、产出指标（40分）", "1.数量指标", "维护管理路灯", "≥26400盏", "计划标准"),
            (None, None, "新建及改造LED节能路灯", "≥1200盏", "计划标准"),
            (None, "2.质量指标", "主干道路灯亮灯率", "98%以上", "行业标准"),
            (None, None, "次干道及支路路灯亮灯率", "不低于95%", "行业标准"),
            (None, "3.时效指标", "一般故障修复时限", "24小时内", "行业标准"),
            ("二、成本指标（10分）", "经济成本指标", "单盏路灯年维护成本", "≤320元/盏", "历史标准"),
            ("三、效益指标（30分）", "1.社会效益指标", "夜间道路通行安全", "有效提升", "其他标准"),
            (None, "2.生态效益指标", "年节约用电量", "≥85万千瓦时", "计划标准"),
            (
                "四、满意度指标（10分）",
                "服务对象满意度指标",
                "市民对城市照明满意度",
                "≥90%",
                "历史标准",
            ),
        ],
        merged=(1, 2),
    )
    s.row("注：预算执行率（10分）由财政部门另行考核，不列入本表。", merge=[(1, 6)])
    sign_off(s, day(2025, 11, 1), who="葛平", checker="陆文", phone="0573-8269 4410")
    return b


@variant("je08-lighting-tiers", (5, 6, 13),
         "project, NAT-2021: a 时效指标 under 效益指标, no 满意度指标 at all, a value whose "
         "indicator name was left empty")  # fmt: skip
def je08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 20, 18, 12))
    project_head(
        s, year=2026, name="滨江景观亮化提升工程", dept="青漪市城市管理局（330105）",
        unit="青漪市路灯管理所", attr="一次性项目",
        money=[("年度资金总额", money(600, WAN), "其中：财政拨款", money(600, WAN))],
        goals=["完成滨江沿线12个节点景观亮化改造，安装智能单灯控制器3500套。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "景观亮化改造节点", "≥12个"),
            (None, None, "安装智能单灯控制器", "≥3500套"),
            (None, "质量指标", "亮化设施验收合格率", pct(1)),
            (None, None, mk(None, "F110", "error", note="有指标值，没有指标名称"), "≥98%"),
            ("成本指标", "经济成本指标", "单个节点亮化改造成本", "≤45万元/个"),
            ("效益指标", "社会效益指标", "滨江夜间经济活跃度", "有效提升"),
            (
                None,
                mk("时效指标", "F105", "error", note="时效指标属于产出指标"),
                "亮化工程完工时间",
                "2026年10月31日前",
            ),
        ],
        merged=(1, 2),
    )
    b.file_mark("F106", "error", note="没有满意度指标")
    sign_off(s, day(2025, 11, 2), who="葛平", checker="陆文", phone="0573-8269 4410")
    return b


@variant("je09-parking-ok", (4, 7),
         "project, NAT-2021, table from column C after an empty column B, two-line header "
         "repeated after a page break, a 周转率 in 次/日, a date target, 填报说明")  # fmt: skip
def je09() -> Book:
    b = Book()
    s = b.sheet("停车", (4, 3, 14, 16, 30, 20, 22))
    head_from(
        s, 3, 5, title="2026年度项目支出绩效目标申报表",
        fields=[("项目名称", "城区智慧停车建设及泊位管理", "项目属性", "新增项目"),
                ("主管部门", "澄湖区城市管理局", "实施单位", "澄湖区停车管理服务中心"),
                ("项目期", "1年", "计划完成日期", day(2026, 12, 31)),
                ("年度资金总额（万元）", money(1950, AMOUNT), "其中：财政拨款（万元）",
                 money(1500, AMOUNT)),
                ("其他资金（万元）", money(450, AMOUNT), "资金来源说明", "停车收费收入")],
        goal="新增公共停车泊位1800个，9500个泊位接入智慧停车系统，缓解城区停车难。",
    )  # fmt: skip
    header = [("绩效指标", None, None, "年度指标值", "备注"),
              ("一级指标", "二级指标", "三级指标", None, None)]  # fmt: skip

    def heads() -> None:
        s.row(*header[0], col=3, merge=[(3, 5)])
        s.row(*header[1], col=3)
        for c in (6, 7):
            s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)

    heads()
    s.table(
        [
            ("产出指标", "数量指标", "新增公共停车泊位", "≥1800个", None),
            (None, None, "施划路内临时停车泊位", "≥3600个", "含夜间限时泊位"),
            (None, None, "接入智慧停车系统泊位", "≥9500个", None),
            (None, None, "建设停车诱导屏", "≥16块", None),
            (None, "质量指标", "智慧停车覆盖率", "≥85%", "接入泊位÷城区公共泊位"),
            (None, None, "公共泊位周转率", "≥4次/日", "行业标准"),
            (None, "时效指标", "新增泊位投用时间", day(2026, 11, 30, 'yyyy"年"m"月"d"日前"'), None),
            ("成本指标", "经济成本指标", "单个泊位智慧化改造成本", "≤0.18万元/个", None),
        ],
        merged=(1, 2),
        col=3,
    )
    s.skip()  # the page break
    heads()
    s.table(
        [
            ("效益指标", "社会效益指标", "城区停车难问题", "有效缓解", None),
            (None, None, "停车收费投诉办结率", pct(1), None),
            (
                None,
                None,
                ok("停车投诉办结时限", note="时限放在社会效益下，提示可接受"),
                "≤5个工作日",
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "车主停车满意度", "≥88%", None),
        ],
        merged=(1, 2),
        col=3,
    )
    s.row("填报说明：1.指标值应量化；2.比率类指标填写百分比；3.本表一式两份。", col=3,
          merge=[(3, 7)])  # fmt: skip
    sign_off(s, day(2025, 10, 16), who="贝晓帆", checker="牟谦", phone="0512-6683 2017", col=3)
    return b


@variant("je10-parking-pdf", (9,),
         "project, NAT-2021, copied from a PDF: an amount split by a space, an amount pasted "
         "twice in the detail lines, a 利用率 as >=95")  # fmt: skip
def je10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 20, 24, 12))
    project_head(
        s, year=2026, name="公共停车场运营维护", dept="澄湖区城市管理局（512203）",
        unit="澄湖区停车管理服务中心", attr="延续项目",
        money=[("年度资金总额", mk("1205.337 6", "X105", "warning", alt=("X103",),
                                   note="数字被空格断开"),
                "其中：财政拨款", money(1085.3376, "0.0000")),
               ("其他资金", money(120, "0.0000"), None, None)],
        goals=["运营维护公共停车场42处、泊位6800个，泊位利用率保持较高水平。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "运营维护公共停车场", "≥42处"),
            (None, None, "运营维护停车泊位", "≥6800个"),
            (None, "质量指标", "停车设施完好率", "≥95%"),
            (
                None,
                None,
                "高峰时段泊位利用率",
                mk(">=95", "T105", "error", alt=("T116", "T104"), note="比率没有 %"),
            ),
            (None, "时效指标", "设施故障修复时限", "≤48小时"),
            ("成本指标", "经济成本指标", "单个泊位年运维成本", "≤0.17万元/个"),
            ("效益指标", "社会效益指标", "道路违停现象", "明显减少"),
            ("满意度指标", "服务对象满意度指标", "车主满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row("支出明细", "支出内容", "金额（万元）", "说明")
    top = s.r
    s.row(None, "智慧停车平台运维", mk("120万120万", "X106", "error", alt=("B108",),
                                        note="金额粘贴两次"), "含系统升级")  # fmt: skip
    s.row(None, "泊位施划及标识维护", C(465.3376, "0.0000"), None)
    s.row(None, "停车场设备购置", C(620, "0.0000"), "道闸、地磁、收费终端")
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    sign_off(s, day(2025, 10, 29), who="贝晓帆", checker="牟谦", phone="0512-6683 2017")
    return b
