"""Correct returns that went through PDF conversion or copy-paste: full-width digits and signs,
line breaks inside cells, tier labels repeated on every row, a repeated header row, 注 and 说明
rows, an empty column between the tiers. A careful reviewer marks nothing on them."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout121.registry import variant
from tests.variants.kit import DATE, Book, C, day, ok, pct

F2 = "0.00"


def m(v: float) -> C:
    return C(v, F2)


@variant(
    "ma01-fullwidth-values",
    (9,),
    "project, NAT-2021, one value column, values pasted "
    "from a PDF with full-width digits and signs (≥９５％, ≤１５个工作日)",
)
def ma01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="云溪县高标准农田灌溉设施维护项目",
        dept="云溪县农业农村局（318001）",
        unit="云溪县农田水利服务中心",
        money=[
            ("年度资金总额", m(186.00), "其中：财政拨款", m(160.00)),
            ("其他资金", m(26.00), None, None),
        ],
        goals=["完成全县４５公里灌溉渠道清淤和１２０座节制闸门维护，保障３.２万亩农田灌溉用水。"],
    )
    s.row("绩效指标", None, None, None, merge=[(1, 4)])
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("成本指标", "经济成本指标", "渠道清淤单价", "≤１８００元/公里"),
            (None, None, "闸门维护单价", "≤２５００元/座"),
            ("产出指标", "数量指标", "灌溉渠道清淤长度", "≥４５公里"),
            (None, None, "节制闸门维护数量", "≥１２０座"),
            (None, None, "小型泵站检修数量", "≥１８座"),
            (None, "质量指标", "维护工程验收合格率", "≥９５％"),
            (None, None, "泵站检修后完好率", "≥９０％"),
            (None, "时效指标", "汛前维护完成时间", "２０２７年５月３１日前"),
            (None, None, "故障报修响应时间", "≤２４小时"),
            ("效益指标", "经济效益指标", "保障灌溉农田面积", "≥３２０００亩"),
            (None, "社会效益指标", "灌溉用水纠纷发生次数", "≤３次"),
            (None, "可持续影响指标", "管护制度执行情况", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "用水农户满意度", "≥９０％"),
        ],
        merged=(1, 2),
    )
    s.row("填报人：周敏", None, "联系电话：0735-6612088", None, "填报日期：2026年11月12日")
    return b


@variant(
    "ma02-line-breaks",
    (9,),
    "project, OLD-NAT, operator column, line breaks inside tier "
    "labels, names and a value; percent cells",
)
def ma02() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 14, 30, 10, 14, 10))
    project_head(
        s,
        year=2027,
        name="澄江区社区居家养老\n服务补助项目",
        dept="澄江区民政局\n（204017）",
        unit="澄江区养老服务指导中心",
        money=[
            ("年度资金总额", m(342.50), "其中：财政拨款", m(342.50)),
            ("其他资金", m(0), None, None),
        ],
        goals=["为辖区\n２８００名高龄、失能老人提供助餐、助浴、上门照护服务，服务质量稳步提高。"],
    )
    s.row("一级\n指标", "二级\n指标", "三级指标", "比较符", "指标值", "计量\n单位")
    s.table(
        [
            ("产出\n指标", "数量\n指标", "居家养老服务\n对象人数", "≥", 2800, "人"),
            (None, None, "上门照护服务\n人次", "≥", 42000, "人次"),
            (None, None, "社区助餐点\n运营数量", "≥", 16, "个"),
            (None, "质量\n指标", "服务记录\n完整率", "≥", pct(0.95), None),
            (None, None, "护理员持证\n上岗率", "=", pct(1.0), None),
            (None, "时效\n指标", "补助资金按季\n拨付及时率", "≥", pct(0.95), None),
            (None, "成本\n指标", "助餐补助标准", "≤", 8, "元/人·餐"),
            (None, None, "上门照护补助\n标准", "≤", 40, "元/人次"),
            ("效益\n指标", "社会效益\n指标", "老人居家安全\n事故发生率", "≤", pct(0.01), None),
            (None, "可持续影响\n指标", "养老服务\n信息平台使用", "定性", "持续使用", None),
            ("满意度\n指标", "服务对象\n满意度指标", "服务老人\n满意度", "≥", pct(0.9), None),
            (None, None, "老人家属\n满意度", "≥", pct(0.88), None),
        ],
        merged=(1, 2),
    )
    s.row("单位负责人：\n何建国", None, "财务负责人：\n林小燕", None, "填表人：\n覃丽")
    return b


@variant(
    "ma03-repeated-labels-page-break",
    (4, 9),
    "department, NAT-2021, merged tier cells "
    "broken into repeated labels, the header row repeated after a page break, 续表 line",
)
def ma03() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 16, 14))
    department_head(
        s,
        year=2027,
        dept="青梧市市场监督管理局",
        budget=[(m(5630.00), m(5280.00), m(350.00), m(3910.00), m(1720.00))],
        tasks=[
            ("食品安全抽检", "全年抽检食品样品", m(620.00), "抽检3200批次，问题发现率合理"),
            ("特种设备安全监察", "电梯、锅炉等定期检验", m(480.00), "检验率100%"),
            ("消费维权", "12315热线及投诉处理", m(360.00), "投诉按时办结"),
            ("计量器具检定", "民生计量器具强制检定", m(260.00), "检定覆盖率≥95%"),
            ("金额合计", None, m(1720.00), None),
        ],
        goal="保障全市食品、特种设备安全，维护消费者合法权益，全年不发生重大食品安全事故。",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    s.row(*head)
    s.table(
        [
            ("产出指标", "数量指标", "食品安全抽检批次", "≥3200批次"),
            ("产出指标", "数量指标", "特种设备定期检验台数", "≥8600台"),
            ("产出指标", "数量指标", "民生计量器具检定数量", "≥15000台件"),
            ("产出指标", "质量指标", "特种设备定期检验率", "=100%"),
            ("产出指标", "质量指标", "抽检样品检测报告合格率", "≥98%"),
            ("产出指标", "时效指标", "消费投诉按时办结率", "≥95%"),
        ]
    )
    s.row("续表", None, None, None)
    s.row(*head)
    s.table(
        [
            ("产出指标", "时效指标", "抽检不合格产品核查处置时限", "≤15个工作日"),
            ("成本指标", "经济成本指标", "食品抽检平均单价", "≤1900元/批次"),
            ("效益指标", "社会效益指标", "重大食品安全事故发生次数", "=0次"),
            ("效益指标", "社会效益指标", "消费者挽回经济损失", "≥300万元"),
            ("效益指标", "可持续影响指标", "智慧监管平台覆盖率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "消费者投诉处理满意度", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "企业对监管服务满意度", "≥85%"),
        ]
    )
    s.row("注：本表由系统导出后复制粘贴形成，金额单位为万元。")
    return b


@variant(
    "ma04-notes-rows",
    (4,),
    "project, NAT-2021, unit column, a 说明 row inside the table "
    "between tiers, 注 lines and signatures below",
)
def ma04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 12, 16))
    project_head(
        s,
        year=2027,
        name="南屏县乡村公路养护项目",
        dept="南屏县交通运输局（402006）",
        unit="南屏县公路养护中心",
        money=[
            ("年度资金总额", m(760.00), "其中：财政拨款", m(600.00)),
            ("其他资金", m(160.00), None, None),
        ],
        goals=["完成县乡道日常养护３１０公里，实施路面修复１８公里，优良路率保持在８０％以上。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("成本指标", "经济成本指标", "日常养护单位成本", "≤9000", "元/公里·年", None),
            (None, None, "路面修复单位成本", "≤22", "万元/公里", None),
            ("产出指标", "数量指标", "日常养护里程", "≥310", "公里", None),
            (None, None, "路面修复里程", "≥18", "公里", None),
            (None, None, "危桥加固数量", "≥4", "座", None),
            (None, "质量指标", "养护路段优良路率", "≥80%", "%", None),
            (None, None, "修复工程交工验收合格率", "=100%", "%", None),
            (None, "时效指标", "路面修复完工时间", "2027年10月31日前", None, None),
        ],
        merged=(1, 2),
    )
    s.row("说明：以下效益、满意度指标由县交通运输局统一核定。", merge=[(1, 6)])
    s.table(
        [
            ("效益指标", "社会效益指标", "因路况原因交通事故起数", "≤2", "起", "反向指标"),
            (None, "可持续影响指标", "养护管理制度健全性", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "%", None),
        ],
        merged=(1, 2),
    )
    s.row(
        ok("注：1.路面修复单位成本按2026年同类工程决算价测算；", note="historical year"),
        merge=[(1, 6)],
    )
    s.row("2.日常养护里程含县道126公里、乡道184公里。", merge=[(1, 6)])
    s.row("单位负责人：唐立", None, "填表人：吴芳", None, "2026年11月8日")
    return b


@variant(
    "ma05-empty-column",
    (9,),
    "project, OLD-NAT, an empty column between 二级指标 and "
    "三级指标 left by PDF conversion, 中期 and 年度 columns, two-year project",
)
def ma05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 4, 28, 16, 16))
    project_head(
        s,
        year=2027,
        years=2,
        attr="新增项目",
        name="柳营区老旧小区雨污分流改造项目",
        dept="柳营区住房和城乡建设局（515003）",
        unit="柳营区城市建设服务中心",
        money=[
            ("中期资金总额", m(2400.00), "年度资金总额", m(1300.00)),
            ("其中：财政拨款", m(2000.00), "其中：财政拨款", m(1100.00)),
            ("其他资金", m(400.00), "其他资金", m(200.00)),
        ],
        goals=[
            "两年完成24个老旧小区雨污分流改造，新建分流管网36公里，消除小区内涝点。",
            "2027年完成13个小区改造，新建分流管网20公里。",
        ],
    )
    s.row("一级指标", "二级指标", None, "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", None, "改造老旧小区数量", "≥24个", "≥13个"),
            (None, None, None, "新建雨污分流管网长度", "≥36公里", "≥20公里"),
            (None, None, None, "消除小区内涝点数量", "≥30处", "≥16处"),
            (None, "质量指标", None, "改造工程竣工验收合格率", "=100%", "=100%"),
            (None, None, None, "管网闭水试验一次合格率", "≥95%", "≥95%"),
            (
                None,
                "时效指标",
                None,
                "年度改造任务完成时间",
                "2028年12月31日前",
                "2027年12月31日前",
            ),
            (None, "成本指标", None, "每公里管网综合造价", "≤60万元/公里", "≤60万元/公里"),
            ("效益指标", "生态效益指标", None, "小区污水收集率", "≥95%", "≥90%"),
            (None, "社会效益指标", None, "惠及居民户数", "≥8600户", "≥4700户"),
            (None, "可持续影响指标", None, "管网设计使用年限", "≥30年", "≥30年"),
            ("满意度指标", "服务对象满意度指标", None, "改造小区居民满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row(
        "填报单位（盖章）：柳营区住房和城乡建设局",
        None,
        None,
        None,
        "填报日期：",
        C(day(2026, 11, 16).value, DATE),
    )
    return b
