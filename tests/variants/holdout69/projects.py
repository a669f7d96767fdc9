"""Correct project returns whose cells hold several things at once: head fields as
"label：value", tiers written together, an indicator and its value in one cell, values with a
note, numbered goals, a 备注 carrying the basis."""

from __future__ import annotations

from tests.variants.holdout69.common import line, sign, start
from tests.variants.holdout69.registry import variant
from tests.variants.kit import Book, pct


@variant(
    "ka01-toilets-label-cells",
    (1, 5),
    "project, NAT-2021, head fields 'label：value' in "
    "one cell, tiers together (产出指标-数量指标) merged down, unit column, 备注 with basis",
)
def ka01() -> Book:
    b, s = start("2027年度项目支出绩效目标表", (28, 30, 16, 12, 30))
    w = 5
    line(s, "项目名称：城区公厕提升改造项目", "主管部门及代码：澄溪县城市管理局（215001）", width=w)
    line(s, "实施单位：澄溪县环境卫生服务中心", "项目负责人及电话：韦立新 0771-5283316", width=w)
    line(s, "项目属性：一次性项目", "项目期：1年（2027年1月1日至2027年12月31日）", width=w)
    line(s, "资金总额：180万元（其中：财政拨款150万元，其他资金30万元）", width=w)
    line(
        s,
        "年度目标：1. 新建公厕12座、改造提升公厕20座；2. 公厕日常保洁达标率达到95%；"
        "3. 如厕群众满意度达到90%以上。",
        width=w,
    )
    s.row("一级指标-二级指标", "三级指标", "指标值", "计量单位", "备注（指标值设定依据）")
    s.table(
        [
            ("产出指标-数量指标", "新建公厕", "≥12", "座", "计划标准：县城公厕建设三年计划"),
            (None, "改造提升公厕", "≥20", "座", "计划标准"),
            (None, "配置无障碍设施的公厕", "≥8", "座", "行业标准：城市公厕设计标准"),
            ("产出指标-质量指标", "工程验收合格率", pct(1), "%", "行业标准"),
            (None, "公厕日常保洁达标率", pct(0.95), "%", "历史标准：上年实际92%"),
            ("产出指标-时效指标", "新建公厕完工时间", "2027年10月31日前", None, "计划标准"),
            (None, "改造任务按期完成率", pct(1), "%", None),
            (
                "成本指标-经济成本指标",
                "新建公厕单座建设成本",
                "≤8",
                "万元/座",
                "上年同类工程结算价",
            ),
            (None, "改造提升公厕单座费用", "≤2.5", "万元/座", "市场询价"),
            ("效益指标-社会效益指标", "城区公厕服务半径", "≤500", "米", "行业标准"),
            (None, "公厕位置纳入地图导航比例", pct(1), "%", None),
            ("效益指标-生态效益指标", "公厕污水纳管率", pct(1), "%", None),
            ("效益指标-可持续影响指标", "公厕长效管护机制", "建立并执行", None, "定性指标"),
            (
                "满意度指标-服务对象满意度指标",
                "如厕群众满意度",
                pct(0.9),
                "%",
                "问卷抽样不少于300份",
            ),
        ],
        merged=(1,),
    )
    sign(s, "澄溪县环境卫生服务中心", "莫小凤", "0771-5283320", "2026年11月18日", width=w)
    return b


@variant(
    "ka02-market-name-value",
    (1, 5),
    "project, OLD-NAT, each indicator and its value in "
    "one cell (改造农贸市场≥6个), tiers in two merged columns, a basis column",
)
def ka02() -> Book:
    b, s = start("柳湾区2027年度项目支出绩效目标申报表", (16, 16, 44, 30))
    w = 4
    line(s, "项目名称：农贸市场标准化改造", "主管部门：望川市柳湾区商务局", width=w)
    line(s, "实施单位：柳湾区市场服务中心", "项目属性：新增项目", width=w)
    line(s, "项目起止时间：2027年1月—2027年12月", "项目负责人：邝建华 13907715528", width=w)
    line(s, "项目资金：资金总额240万元（其中财政拨款200万元，其他资金40万元）", width=w)
    line(
        s,
        "年度绩效目标：1. 完成6个农贸市场标准化改造，规范摊位420个；2. 食品快检覆盖率达到"
        "95%以上；3. 经营户和购物群众满意度均达到90%以上。",
        width=w,
    )
    s.row("一级指标", "二级指标", "三级指标及指标值", "指标值设定依据")
    s.table(
        [
            ("产出指标", "数量指标", "改造农贸市场≥6个", "计划标准"),
            (None, None, "规范化改造摊位≥420个", "计划标准"),
            (None, None, "新增食品快检室≥6间", "每个市场1间"),
            (None, "质量指标", "改造工程验收合格率100%", "行业标准"),
            (None, None, "食品快检覆盖率≥95%", "行业标准"),
            (None, None, "市场消防设施达标率100%", "消防验收要求"),
            (None, "时效指标", "2027年11月30日前完成全部改造", "计划标准"),
            (None, None, "快检结果公示及时率≥98%", "历史标准"),
            (None, "成本指标", "单个市场平均改造成本≤35万元", "工程概算"),
            (None, None, "快检试剂年度采购成本≤18万元", "上年采购价"),
            ("效益指标", "经济效益指标", "改造市场摊位出租率≥90%", "历史标准"),
            (None, "社会效益指标", "食品安全投诉件数较上年下降≥10%", "历史标准"),
            (None, "可持续影响指标", "市场长效管理制度健全", "定性"),
            ("满意度指标", "服务对象满意度指标", "经营户满意度≥90%", "问卷调查"),
            (None, None, "购物群众满意度≥90%", "问卷调查"),
        ],
        merged=(1, 2),
    )
    sign(s, "柳湾区市场服务中心", "陆晓兰", "0771-3806215", "2026年11月20日", width=w)
    return b


@variant(
    "ka03-water-value-notes",
    (1, 7),
    "project, OLD-NAT, two-line header, each value with "
    "its unit and a note in one cell (≥95%（按季度统计）)",
)
def ka03() -> Book:
    b, s = start("2027年度项目支出绩效目标表", (16, 16, 32, 30, 24))
    w = 5
    line(s, "项目名称：农村饮水安全水质检测", "主管部门：石门县水利局", width=w)
    line(s, "实施单位：石门县农村供水管理站", "项目属性：常年项目", width=w)
    line(s, "项目期：1年（2027年度）", "计划起止：2027年1月1日—2027年12月31日", width=w)
    line(s, "资金总额：86.5万元（其中财政拨款86.5万元，其他资金0万元）", width=w)
    line(
        s,
        "年度目标：1. 对全县48处集中供水工程开展水质检测不少于4次；2. 水质检测合格率"
        "≥95%；3. 水质异常处置及时，保障群众饮水安全。",
        width=w,
    )
    s.row("绩效指标", None, None, "指标值（含单位及说明）", "备注", merge=[(1, 3)])
    top = s.r
    s.row("一级指标", "二级指标", "三级指标")
    s.ws.merge_cells(start_row=top, start_column=4, end_row=s.r, end_column=4)
    s.ws.merge_cells(start_row=top, start_column=5, end_row=s.r, end_column=5)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "集中供水工程水质检测覆盖数",
                "≥48处（全县集中供水工程）",
                None,
            ),
            (None, None, "每处工程年度检测次数", "≥4次（每季度1次）", "计划标准"),
            (None, None, "分散供水抽检农户数", "≥600户（按5%比例抽样）", None),
            (None, "质量指标", "水质检测合格率", "≥95%（按季度统计）", "行业标准"),
            (None, None, "检测报告规范率", "100%（报告经审核签发）", None),
            (None, "时效指标", "水质异常处置时间", "≤48小时（自接报起算）", "反向指标"),
            (None, None, "季度检测报告报送时间", "季末后10个工作日内", None),
            (None, "成本指标", "单处工程年度检测费用", "≤1.6万元（含采样运输）", "市场询价"),
            (None, None, "检测车辆运行费用", "≤5.8万元（全年）", "上年决算"),
            ("效益指标", "社会效益指标", "农村集中供水水质达标率", "≥95%（按年度统计）", None),
            (None, None, "饮水安全突发事件发生次数", "0次（全年）", "反向指标"),
            (None, "可持续影响指标", "水质检测台账完整率", "100%（一厂一档）", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%（入户问卷）", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    line(s, "注：指标值后括号内为统计口径说明。", width=w)
    sign(s, "石门县农村供水管理站", "罗敏", "0736-5512208", "2026年11月15日", width=w)
    return b
